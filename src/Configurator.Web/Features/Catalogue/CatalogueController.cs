using Configurator.Domain.Catalogue;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Catalogue;

/// <summary>The offer catalogue: everyone reads it; product managers import and export it.</summary>
[Route("/catalogue")]
public sealed class CatalogueController(ConfiguratorDbContext db, CatalogueImporter importer, ProposalTextPreview preview) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CatalogueListQuery query, string? message, CancellationToken cancellationToken)
    {
        var items = (await db.OfferItems.AsNoTracking().ToListAsync(cancellationToken)).Select(i => i.ToSpec()).ToList();
        var categories = (await db.PainCategories.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken)).Select(c => c.ToSpec()).ToList();
        var currencies = items.SelectMany(i => i.Prices).Select(p => p.Currency).Distinct().Order(StringComparer.Ordinal).ToList();
        if (query.Currency is null || !currencies.Contains(query.Currency))
        {
            query.Currency = currencies.Contains("EUR") ? "EUR" : currencies.FirstOrDefault() ?? "EUR";
        }
        var (page, total, pageCount) = CatalogueList.Apply(items, query, query.Currency);
        var model = new CatalogueListViewModel(query, page, total, pageCount, categories, currencies, User.IsInRole(Domain.Users.Roles.ProductManager), message);

        Response.VaryOnHtmx();
        SetPage("Catalogue");
        return Request.IsHtmx() ? PartialView("_CatalogueResults", model) : View(model);
    }

    [HttpGet("items/{code}")]
    public async Task<IActionResult> Item(string code, string? message, CancellationToken cancellationToken)
    {
        var items = await db.OfferItems.AsNoTracking().ToListAsync(cancellationToken);
        var item = items.FirstOrDefault(i => i.Code == code);
        if (item is null)
        {
            return NotFound();
        }
        var specs = items.ToDictionary(i => i.Code, i => i.ToSpec());
        var history = await db.ItemHistory.AsNoTracking().Where(h => h.OfferItemId == item.Id).OrderByDescending(h => h.Id).ToListAsync(cancellationToken);
        var categoryNames = await db.PainCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var (output, errors) = preview.Render(item.ProposalText);

        SetPage(item.Name);
        return View(new ItemViewModel(
            item.ToSpec(),
            item.Version,
            categoryNames,
            specs.ToDictionary(s => s.Key, s => s.Value.Name),
            RequiredThroughChain(code, specs),
            specs.Values.Where(s => s.Requires.Contains(code)).Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
            specs.Values.Where(s => s.Excludes.Contains(code)).Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
            output,
            errors,
            history,
            User.IsInRole(Domain.Users.Roles.ProductManager),
            Policies.CanSeeCosts(User),
            message));
    }

    [HttpGet("export.json")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var categories = await db.PainCategories.AsNoTracking().ToListAsync(cancellationToken);
        var items = await db.OfferItems.AsNoTracking().ToListAsync(cancellationToken);
        var json = CatalogueJson.Write(CatalogueFileWriter.From(categories.Select(c => c.ToSpec()), items.Select(i => i.ToSpec())));
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", "catalogue.json");
    }

    [HttpGet("import")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public IActionResult Import()
    {
        SetPage("Import the catalogue");
        return View(new ImportViewModel(null, null, [], null));
    }

    /// <summary>The dry run: reads the uploaded (or pasted) file and shows what importing it would do.</summary>
    [HttpPost("import")]
    [Authorize(Policy = Policies.EditCatalogue)]
    [RequestFormLimits(MultipartBodyLengthLimit = CatalogueJson.MaxBytes + 64 * 1024, ValueLengthLimit = CatalogueJson.MaxBytes)]
    public async Task<IActionResult> Check(IFormFile? file, string? json, CancellationToken cancellationToken)
    {
        SetPage("Import the catalogue");
        string? text = json;
        if (file is { Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            text = await RequestText.ReadAsync(stream, CatalogueJson.MaxBytes, cancellationToken);
            if (text is null)
            {
                return View("Import", new ImportViewModel(file.FileName, null, [new("body", $"The file is larger than {CatalogueJson.MaxBytes / 1024 / 1024} MB.")], null));
            }
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return View("Import", new ImportViewModel(null, null, [new("file", "Choose a catalogue file (.json) or paste its content.")], null));
        }
        var (parsed, problem) = CatalogueJson.Read(text);
        if (problem is not null)
        {
            return View("Import", new ImportViewModel(file?.FileName, text, [problem], null));
        }
        var result = await importer.PlanAsync(parsed!, cancellationToken);
        return View("Import", new ImportViewModel(file?.FileName, text, result.Issues, result.Plan));
    }

    [HttpPost("import/apply")]
    [Authorize(Policy = Policies.EditCatalogue)]
    [RequestFormLimits(ValueLengthLimit = CatalogueJson.MaxBytes)]
    public async Task<IActionResult> Apply(string? json, CancellationToken cancellationToken)
    {
        var (parsed, problem) = CatalogueJson.Read(json ?? "");
        var result = problem is null ? await importer.ImportAsync(parsed!, User.Identity?.Name ?? "", cancellationToken) : null;
        if (result?.Plan is not { } plan)
        {
            // The catalogue changed since the dry run, or the form was tampered with: show why, change nothing.
            SetPage("Import the catalogue");
            return View("Import", new ImportViewModel(null, json, problem is not null ? [problem] : result!.Issues, null));
        }
        return RedirectToAction(nameof(Index), new
        {
            message = $"Imported: {plan.Created} created, {plan.Updated} updated, {plan.Unchanged} unchanged.",
        });
    }

    /// <summary>What the item needs only through a chain of requires (the direct ones are listed apart).</summary>
    private static List<string> RequiredThroughChain(string code, Dictionary<string, OfferItemSpec> specs) =>
        CatalogueRules.RequiredClosure(code, specs)
            .Where(c => c != code && !specs[code].Requires.Contains(c))
            .Order(StringComparer.Ordinal)
            .ToList();

    private void SetPage(string title)
    {
        ViewData["Title"] = title;
        ViewData["Section"] = "Catalogue";
    }
}
