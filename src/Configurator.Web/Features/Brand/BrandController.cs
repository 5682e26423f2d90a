using Configurator.Domain.Branding;
using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Brand;

/// <summary>Admins keep the brand proposal documents are issued under: name, logo, colour, address, legal footer.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/brand")]
public sealed class BrandController(ConfiguratorDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? saved, CancellationToken cancellationToken)
    {
        var brand = await BrandStore.GetAsync(db, cancellationToken);
        return Page(brand, FormOf(brand), saved is null ? null : "Saved. Documents issued from now on carry this brand; issued revisions keep theirs.");
    }

    [HttpGet("logo")]
    public async Task<IActionResult> Logo(CancellationToken cancellationToken)
    {
        var brand = await BrandStore.GetAsync(db, cancellationToken);
        return brand.Logo is { } logo ? File(logo, brand.LogoContentType) : NotFound();
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(2 * 1024 * 1024)]
    public async Task<IActionResult> Save([FromForm] BrandForm form, IFormFile? logo, CancellationToken cancellationToken)
    {
        var stored = await db.Brand.FirstOrDefaultAsync(b => b.Id == CompanyBrand.SingletonId, cancellationToken);
        var brand = stored ?? CompanyBrand.Unbranded();
        if (stored is not null && stored.Version != form.Version)
        {
            ModelState.AddModelError(string.Empty, $"{stored.ChangedBy} changed the brand while you were editing. Nothing was saved; the page shows their version, with your entries kept below it.");
            return Page(stored, form, null, StatusCodes.Status409Conflict);
        }
        var now = clock.GetUtcNow();
        var by = User.DisplayName();
        foreach (var (field, message) in brand.Update(form.Name, form.PrimaryColour, form.Address, form.LegalFooter, by, now))
        {
            ModelState.AddModelError(field, message);
        }
        if (logo is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await logo.CopyToAsync(buffer, cancellationToken);
            if (brand.SetLogo(buffer.ToArray(), by, now) is { } problem)
            {
                ModelState.AddModelError("Logo", problem);
            }
        }
        else if (form.RemoveLogo)
        {
            brand.RemoveLogo(by, now);
        }
        if (!ModelState.IsValid)
        {
            // Nothing is saved: the entity is discarded with the request.
            return Page(stored ?? CompanyBrand.Unbranded(), form, null, StatusCodes.Status422UnprocessableEntity);
        }
        if (stored is null)
        {
            db.Brand.Add(brand);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "Someone saved the brand at the same moment; nothing of yours was saved. Check the page and save again.");
            return Page(CompanyBrand.Unbranded(), form, null, StatusCodes.Status409Conflict);
        }
        return Redirect("/admin/brand?saved=1");
    }

    private static BrandForm FormOf(CompanyBrand brand) => new()
    {
        Name = brand.Name,
        PrimaryColour = brand.PrimaryColour,
        Address = brand.Address,
        LegalFooter = brand.LegalFooter,
        Version = brand.Version,
    };

    private ViewResult Page(CompanyBrand brand, BrandForm form, string? message, int status = StatusCodes.Status200OK)
    {
        ViewData["Title"] = "Brand";
        ViewData["Section"] = "Admin";
        Response.StatusCode = status;
        if (status == StatusCodes.Status409Conflict)
        {
            form.Version = brand.Version;
        }
        return View("Index", new BrandViewModel(form, brand.Logo is not null, brand.ChangedBy.Length > 0 ? brand.ChangedBy : null,
            brand.ChangedBy.Length > 0 ? brand.ChangedAt : null, message));
    }
}
