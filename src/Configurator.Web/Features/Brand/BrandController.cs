using Configurator.Domain.Branding;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Brand;

/// <summary>Admins keep the brand proposal documents are issued under: name, logo, colour, address, legal footer.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/brand")]
public sealed class BrandController(ConfiguratorDbContext db, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? saved, CancellationToken cancellationToken)
    {
        var brand = await BrandStore.GetAsync(db, cancellationToken);
        return await PageAsync(brand, FormOf(brand), saved is null ? null : T["Saved. Documents issued from now on carry this brand; issued revisions keep theirs."].Value,
            StatusCodes.Status200OK, cancellationToken);
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
        if (stored is not null && SaveOrConflict.CheckVersion("brand", form.Version, stored.Version) is not null)
        {
            var names = await UserNames.LoadAsync(db, [stored.ChangedById], cancellationToken);
            ModelState.AddModelError(string.Empty, T["{0} changed the brand while you were editing. Nothing was saved; the page shows their version, with your entries kept below it.", T.Person(names.NameOf(stored.ChangedById))]);
            return await PageAsync(stored, form, null, StatusCodes.Status409Conflict, cancellationToken);
        }
        var brand = stored ?? CompanyBrand.Unbranded();
        var now = clock.GetUtcNow();
        var actorId = User.ActorId();
        var translations = new Dictionary<string, BrandTexts>
        {
            [Languages.Chinese] = new(form.Chinese.Name ?? "", form.Chinese.Address ?? "", form.Chinese.LegalFooter ?? ""),
        };
        foreach (var (field, problem) in brand.Update(form.Name, form.PrimaryColour, form.Address, form.LegalFooter, actorId, now, translations))
        {
            ModelState.AddModelError(field.Replace(Languages.Chinese + ".", nameof(form.Chinese) + ".", StringComparison.Ordinal), Words(problem));
        }
        if (logo is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await logo.CopyToAsync(buffer, cancellationToken);
            if (brand.SetLogo(buffer.ToArray(), actorId, now) is { } problem)
            {
                ModelState.AddModelError("Logo", Words(problem));
            }
        }
        else if (form.RemoveLogo)
        {
            brand.RemoveLogo(actorId, now);
        }
        if (!ModelState.IsValid)
        {
            // Nothing is saved: the entity is discarded with the request.
            return await PageAsync(stored ?? CompanyBrand.Unbranded(), form, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }
        if (stored is null)
        {
            db.Brand.Add(brand);
        }
        // A concurrent edit moves the version; two first saves race for the one row: either way the other save won.
        var result = await db.SaveOrConflictAsync(cancellationToken,
            conflict: T["Someone saved the brand at the same moment; nothing of yours was saved. The page shows their version, with your entries kept below it; check it and save again."]);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Message ?? T[SaveOrConflict.ConcurrentChange]);
            return await PageAsync(await BrandStore.GetAsync(db, cancellationToken), form, null, StatusCodes.Status409Conflict, cancellationToken);
        }
        return Redirect("/admin/brand?saved=1");
    }

    private static BrandForm FormOf(CompanyBrand brand) => new()
    {
        Name = brand.Name,
        PrimaryColour = brand.PrimaryColour,
        Address = brand.Address,
        LegalFooter = brand.LegalFooter,
        Chinese = new BrandTextsForm
        {
            Name = brand.TranslationFor(Languages.Chinese).Name,
            Address = brand.TranslationFor(Languages.Chinese).Address,
            LegalFooter = brand.TranslationFor(Languages.Chinese).LegalFooter,
        },
        Version = brand.Version,
    };

    // The domain's sentence in the page's language.
    private string Words(BrandProblem problem) => T[problem.Text, problem.Arguments];

    private async Task<ViewResult> PageAsync(CompanyBrand brand, BrandForm form, string? message, int status, CancellationToken cancellationToken)
    {
        ViewData["Title"] = T["Brand"].Value;
        ViewData["Section"] = "Admin";
        Response.StatusCode = status;
        if (status == StatusCodes.Status409Conflict)
        {
            // The next save names the version the page now shows.
            form.Version = brand.Version;
        }
        string? changedBy = null;
        if (brand.EverChanged)
        {
            changedBy = T.Person((await UserNames.LoadAsync(db, [brand.ChangedById], cancellationToken)).NameOf(brand.ChangedById));
        }
        return View("Index", new BrandViewModel(form, brand.Logo is not null, changedBy, brand.EverChanged ? brand.ChangedAt : null, message));
    }
}
