using Configurator.Domain.Catalogue;
using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Catalogue;

/// <summary>The pain taxonomy: product managers add, rename, describe, merge and delete categories.</summary>
[Route("/catalogue/categories")]
public sealed class CategoriesController(ConfiguratorDbContext db, CatalogueCache cache, CatalogueValidation validation, TimeProvider clock, IStringLocalizer<Text> T) : Controller
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
            ModelState.AddModelError("NewCategory.Code", T["The category {0} already exists.", spec.Code]);
        }
        if (spec is null || !ModelState.IsValid)
        {
            return await PageAsync(form, null, null, cancellationToken);
        }
        db.PainCategories.Add(PainCategory.Create(spec));
        await db.SaveChangesAsync(cancellationToken);
        return Done(T["Added {0}.", spec.Name]);
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
        category.Update(spec);
        await db.SaveChangesAsync(cancellationToken);
        return Done(T["Saved {0}.", spec.Name]);
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
            ModelState.AddModelError($"Edit.{code}", T["{0} is still used by {1}. Merge it into another category instead, or change those items first.", category.Name, string.Join(", ", usedBy)]);
            return await PageAsync(new CategoryForm(), null, code, cancellationToken);
        }
        db.PainCategories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return Done(T["Deleted {0}.", category.Name]);
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
            ModelState.AddModelError($"Edit.{code}", T["Choose another category to merge into."]);
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
        return Done(items.Count == 1
            ? T["Merged {0} into {1}; 1 item now points at {1}.", from.Name, target.Name]
            : T["Merged {0} into {1}; {2} items now point at {1}.", from.Name, target.Name, items.Count]);
    }

    private PainCategorySpec? Check(CategoryForm form, string prefix)
    {
        var check = validation.Validate(new CatalogueFile([form.ToFileCategory()], []), [], []);
        foreach (var issue in check.Issues)
        {
            var local = issue.Path.StartsWith("categories[0].", StringComparison.Ordinal) ? issue.Path["categories[0].".Length..] : issue.Path;
            ModelState.AddModelError($"{prefix}.{FieldFor(local)}", issue.Message);
        }
        return check.IsValid ? check.Categories.Single() : null;
    }

    /// <summary>"translations.zh-CN.name" → "Translations[zh-CN].Name"; "name" → "Name".</summary>
    private static string FieldFor(string path)
    {
        var parts = path.Split('.');
        static string Upper(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
        return parts.Length == 3 && parts[0] == "translations" ? $"Translations[{parts[1]}].{Upper(parts[2])}" : Upper(parts[^1]);
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
        ViewData["Title"] = T["Pain taxonomy"].Value;
        ViewData["Section"] = "Catalogue";
        return View("Categories", new CategoriesViewModel(rows, form, User.IsInRole(Domain.Users.Roles.ProductManager), message, failedCode));
    }
}
