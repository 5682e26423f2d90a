using Configurator.Domain.Catalogue;
using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Catalogue;

/// <summary>The pain taxonomy: product managers add, rename, describe, merge and delete categories.</summary>
[Route("/catalogue/categories")]
public sealed class CategoriesController(ConfiguratorDbContext db, CatalogueCache cache, CatalogueValidation validation, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, CancellationToken cancellationToken) =>
        await PageAsync(new CategoryForm(), message, null, cancellationToken);

    [HttpPost("")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public async Task<IActionResult> Add(CategoryForm form, CancellationToken cancellationToken)
    {
        var spec = Check(form, "NewCategory");
        if (spec is not null && await db.PainCategories.AnyAsync(c => c.Code == spec.Code, cancellationToken))
        {
            ModelState.AddModelError("NewCategory.Code", $"The category {spec.Code} already exists.");
        }
        if (spec is null || !ModelState.IsValid)
        {
            return await PageAsync(form, null, null, cancellationToken);
        }
        db.PainCategories.Add(PainCategory.Create(spec));
        await db.SaveChangesAsync(cancellationToken);
        return Done($"Added {spec.Name}.");
    }

    [HttpPost("{code}")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public async Task<IActionResult> Update(string code, CategoryForm form, CancellationToken cancellationToken)
    {
        var category = await db.PainCategories.FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }
        form.Code = code;
        var spec = Check(form, $"Edit.{code}");
        if (spec is null)
        {
            return await PageAsync(new CategoryForm(), null, code, cancellationToken);
        }
        category.Update(spec.Name, spec.Description);
        await db.SaveChangesAsync(cancellationToken);
        return Done($"Saved {spec.Name}.");
    }

    [HttpPost("{code}/delete")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public async Task<IActionResult> Delete(string code, CancellationToken cancellationToken)
    {
        var category = await db.PainCategories.FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }
        var usedBy = await UsersOfAsync(code, cancellationToken);
        if (usedBy.Count > 0)
        {
            ModelState.AddModelError($"Edit.{code}", $"{category.Name} is still used by {string.Join(", ", usedBy)}. Merge it into another category instead, or change those items first.");
            return await PageAsync(new CategoryForm(), null, code, cancellationToken);
        }
        db.PainCategories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return Done($"Deleted {category.Name}.");
    }

    /// <summary>Moves every reference from one category to another, then deletes the first; all or nothing.</summary>
    [HttpPost("{code}/merge")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public async Task<IActionResult> Merge(string code, string? into, CancellationToken cancellationToken)
    {
        var from = await db.PainCategories.FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (from is null)
        {
            return NotFound();
        }
        var target = await db.PainCategories.FirstOrDefaultAsync(c => c.Code == into, cancellationToken);
        if (target is null || target.Code == from.Code)
        {
            ModelState.AddModelError($"Edit.{code}", "Choose another category to merge into.");
            return await PageAsync(new CategoryForm(), null, code, cancellationToken);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var items = (await db.OfferItems.ToListAsync(cancellationToken)).Where(i => i.Addresses.Any(a => a.Category == from.Code)).ToList();
        foreach (var item in items)
        {
            var before = item.ToSpec();
            item.MoveCategory(from.Code, target.Code);
            db.ItemHistory.Add(ItemHistoryEntry.Record(item, now, User.ActorId(), $"Category {from.Code} merged into {target.Code}", item.ToSpec().DifferencesFrom(before)));
        }
        db.PainCategories.Remove(from);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done($"Merged {from.Name} into {target.Name}; {items.Count} item(s) now point at {target.Name}.");
    }

    private PainCategorySpec? Check(CategoryForm form, string prefix)
    {
        var check = validation.Validate(new CatalogueFile([new CatalogueFileCategory(form.Code, form.Name, form.Description)], []), [], []);
        foreach (var issue in check.Issues)
        {
            var field = issue.Path.Split('.').Last();
            ModelState.AddModelError($"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", issue.Message);
        }
        return check.IsValid ? check.Categories.Single() : null;
    }

    private async Task<List<string>> UsersOfAsync(string code, CancellationToken cancellationToken) =>
        (await cache.GetAsync(db, cancellationToken)).Items
            .Where(i => i.Addresses.Any(a => a.Category == code))
            .Select(i => i.Code)
            .Order(StringComparer.Ordinal)
            .ToList();

    private RedirectResult Done(string message) => Redirect($"/catalogue/categories?message={Uri.EscapeDataString(message)}");

    private async Task<IActionResult> PageAsync(CategoryForm form, string? message, string? failedCode, CancellationToken cancellationToken)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var rows = catalogue.Categories.Select(c => (c, (IReadOnlyList<string>)catalogue.Items
                .Where(i => i.Addresses.Any(a => a.Category == c.Code)).Select(i => i.Code).ToList()))
            .ToList();
        ViewData["Title"] = "Pain taxonomy";
        ViewData["Section"] = "Catalogue";
        return View("Categories", new CategoriesViewModel(rows, form, User.IsInRole(Domain.Users.Roles.ProductManager), message, failedCode));
    }
}
