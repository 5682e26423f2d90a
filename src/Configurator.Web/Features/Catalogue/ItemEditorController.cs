using System.Globalization;
using Configurator.Domain.Catalogue;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Catalogue;

/// <summary>Product managers create and edit items; every save is validated by the domain and kept in the history.</summary>
[Authorize(Policy = Policies.EditCatalogue)]
[Route("/catalogue")]
public sealed class ItemEditorController(ConfiguratorDbContext db, CatalogueCache cache, CatalogueValidation validation, ProposalTextRenderer texts, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("items/new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await EditorAsync(new ItemForm().WithBlankRows(), isNew: true, cancellationToken);

    [HttpPost("items/new")]
    public async Task<IActionResult> Create(ItemForm form, CancellationToken cancellationToken)
    {
        var code = form.Code?.Trim() ?? "";
        if (code.Length > 0 && await db.OfferItems.AnyAsync(i => i.Code == code, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Code), T["An item with the code {0} already exists; choose another code.", code]);
        }
        var spec = await ValidateAsync(form, cancellationToken);
        if (spec is null || !ModelState.IsValid)
        {
            return await EditorAsync(form.WithBlankRows(), isNew: true, cancellationToken);
        }
        var item = OfferItem.Create(spec);
        db.OfferItems.Add(item);
        db.ItemHistory.Add(ItemHistoryEntry.Record(item, clock.GetUtcNow(), User.ActorId(), "Created", spec.DifferencesFrom(null)));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{CatalogueUrls.Item(item.Code)}?message={Uri.EscapeDataString(T["Item created."])}");
    }

    [HttpGet("items/{code}/edit")]
    public async Task<IActionResult> Edit(string code, CancellationToken cancellationToken)
    {
        var item = await db.OfferItems.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        return item is null ? NotFound() : await EditorAsync(ItemForm.From(item.ToSpec(), item.Version).WithBlankRows(), isNew: false, cancellationToken);
    }

    [HttpPost("items/{code}/edit")]
    public async Task<IActionResult> Edit(string code, ItemForm form, CancellationToken cancellationToken)
    {
        var item = await db.OfferItems.FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }
        form.Code = item.Code;
        if (SaveOrConflict.CheckVersion("item", form.Version, item.Version) is not null)
        {
            ModelState.AddModelError(string.Empty, T["Someone else saved this item while you were editing. Your changes were not saved; reload the page to see theirs."]);
            return await EditorAsync(form.WithBlankRows(), isNew: false, cancellationToken);
        }
        var spec = await ValidateAsync(form, cancellationToken);
        if (spec is null || !ModelState.IsValid)
        {
            return await EditorAsync(form.WithBlankRows(), isNew: false, cancellationToken);
        }
        var changes = item.Update(spec);
        if (changes.Count == 0)
        {
            return Redirect($"{CatalogueUrls.Item(code)}?message={Uri.EscapeDataString(T["Nothing changed."])}");
        }
        db.ItemHistory.Add(ItemHistoryEntry.Record(item, clock.GetUtcNow(), User.ActorId(), "Edited", changes));
        if (!(await db.SaveOrConflictAsync(cancellationToken)).Succeeded)
        {
            ModelState.AddModelError(string.Empty, T["Someone else saved this item at the same moment. Your changes were not saved; reload the page to see theirs."]);
            return await EditorAsync(form.WithBlankRows(), isNew: false, cancellationToken);
        }
        return Redirect($"{CatalogueUrls.Item(code)}?message={Uri.EscapeDataString(T["Saved: {0}.", string.Join(T[", "], changes.Select(c => T[c.Field].Value.ToLowerInvariant()))])}");
    }

    /// <summary>The live preview of a proposal text while it is typed (htmx).</summary>
    [HttpPost("preview")]
    [EnableRateLimiting(SecuritySetup.TextPreviewRateLimit)]
    public IActionResult Preview(string? proposalText)
    {
        var text = proposalText ?? "";
        if (text.Length > CatalogueLimits.ProposalTextMaxLength)
        {
            // The limit saving applies: a text that could never be saved is not parsed or kept either.
            return PartialView("_TextPreview", new TextPreviewModel(null, [])
            {
                Refusal = T["The proposal text has {0} characters; at most {1} are allowed.",
                    text.Length.ToString("N0", CultureInfo.CurrentCulture), CatalogueLimits.ProposalTextMaxLength.ToString("N0", CultureInfo.CurrentCulture)],
            });
        }
        var (output, errors) = texts.Preview(text);
        return PartialView("_TextPreview", new TextPreviewModel(output, errors));
    }

    /// <summary>The rule pickers' search as a product manager types (htmx): a few items, never the whole catalogue.</summary>
    [HttpGet("rules/search")]
    public async Task<IActionResult> SearchRules(string? field, string? self, string? requiresAdd, string? excludesAdd, CancellationToken cancellationToken)
    {
        var requires = field != nameof(ItemForm.Excludes);
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var matches = CatalogueList.RuleMatches(catalogue.Items, requires ? nameof(ItemForm.Requires) : nameof(ItemForm.Excludes), requires ? requiresAdd : excludesAdd, self);
        return PartialView("_RuleMatches", matches);
    }

    /// <summary>Checks the form with the domain's rules; puts each issue next to its field.</summary>
    private async Task<OfferItemSpec?> ValidateAsync(ItemForm form, CancellationToken cancellationToken)
    {
        form.WithTypedRules();
        var (fileItem, priceRows) = form.ToFileItem();
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var others = catalogue.Items.Where(i => i.Code != form.Code?.Trim()).ToList();
        var check = validation.ValidateItem(fileItem, others, catalogue.Categories.ToList());
        foreach (var issue in check.Issues)
        {
            ModelState.AddModelError(ItemForm.FieldFor(issue.Path, priceRows), issue.Message);
        }
        return check.IsValid ? check.Items.Single() : null;
    }

    private async Task<IActionResult> EditorAsync(ItemForm form, bool isNew, CancellationToken cancellationToken)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var categories = catalogue.Categories;
        var names = form.Requires.Concat(form.Excludes).Distinct(StringComparer.Ordinal)
            .Where(catalogue.ByCode.ContainsKey)
            .ToDictionary(c => c, c => catalogue.ByCode[c].Name, StringComparer.Ordinal);
        var (output, errors) = texts.Preview(form.ProposalText ?? "");
        ViewData["Title"] = isNew ? T["New item"].Value : T["Edit {0}", form.Name ?? ""].Value;
        ViewData["Section"] = "Catalogue";
        return View("Edit", new ItemEditorViewModel(form, isNew, categories, names, new TextPreviewModel(output, errors)));
    }
}
