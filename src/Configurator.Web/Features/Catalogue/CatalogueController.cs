using Configurator.Domain.Catalogue;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Catalogue;

/// <summary>The offer catalogue: everyone reads it; product managers import and export it.</summary>
[Route("/catalogue")]
public sealed class CatalogueController(ConfiguratorDbContext db, CatalogueCache cache, CatalogueImporter importer, ProposalTextRenderer texts, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CatalogueListQuery query, string? message, CancellationToken cancellationToken)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var currencies = catalogue.Currencies;
        if (query.Currency is null || !currencies.Contains(query.Currency))
        {
            query.Currency = currencies.Contains("EUR") ? "EUR" : currencies.FirstOrDefault() ?? "EUR";
        }
        var inUse = await CurrenciesInUseAsync(cancellationToken);
        if (query.Missing is not null && !inUse.Contains(query.Missing))
        {
            query.Missing = null;
        }
        var (page, total, pageCount) = CatalogueList.Apply(catalogue.Items, query, query.Currency, inUse);
        var model = new CatalogueListViewModel(query, page, total, pageCount, catalogue.Categories, currencies, inUse, User.IsInRole(Domain.Users.Roles.ProductManager), message);

        SetPage(T["Catalogue"]);
        return Request.IsHtmx() ? PartialView("_CatalogueResults", model) : View(model);
    }

    [HttpGet("items/{code}")]
    public async Task<IActionResult> Item(string code, string? message, CancellationToken cancellationToken)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        if (!catalogue.ByCode.TryGetValue(code, out var item))
        {
            return NotFound();
        }
        var history = await db.ItemHistory.AsNoTracking().Where(h => h.Item.Code == code).OrderByDescending(h => h.Id).ToListAsync(cancellationToken);
        var (output, errors) = texts.Preview(item.ProposalText);
        var names = catalogue.Items.ToDictionary(i => i.Code, i => i.TextsFor(Languages.Current).Name);

        SetPage(item.TextsFor(Languages.Current).Name);
        return View(new ItemViewModel(
            item,
            catalogue.Versions[code],
            catalogue.Categories.ToDictionary(c => c.Code, c => c.TextsFor(Languages.Current).Name),
            names,
            RequiredThroughChain(code, catalogue.ByCode),
            catalogue.Items.Where(s => s.Requires.Contains(code)).Select(s => s.Code).ToList(),
            catalogue.Items.Where(s => s.Excludes.Contains(code)).Select(s => s.Code).ToList(),
            output,
            errors,
            history,
            PriceGaps.MissingCurrencies(item, await CurrenciesInUseAsync(cancellationToken)),
            User.IsInRole(Domain.Users.Roles.ProductManager),
            Policies.CanSeeCosts(User),
            message)
        {
            People = await UserNames.LoadAsync(db, history.Select(h => h.ActorId), cancellationToken),
        });
    }

    [HttpGet("export.json")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var json = CatalogueJson.Write(CatalogueFileWriter.From(catalogue.Categories, catalogue.Items, Policies.CanSeeCosts(User)));
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", "catalogue.json");
    }

    [HttpGet("import")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public IActionResult Import()
    {
        SetPage(T["Import the catalogue"]);
        return View(new ImportViewModel(null, null, ImportFormat.Json, [], null));
    }

    /// <summary>The dry run: reads the uploaded (or pasted) file and shows what importing it would do.</summary>
    [HttpPost("import")]
    [Authorize(Policy = Policies.EditCatalogue)]
    [RequestFormLimits(MultipartBodyLengthLimit = CatalogueJson.MaxBytes + 64 * 1024, ValueLengthLimit = CatalogueJson.MaxBytes)]
    public async Task<IActionResult> Check(IFormFile? file, string? json, CancellationToken cancellationToken)
    {
        SetPage(T["Import the catalogue"]);
        string? text = json;
        if (file is { Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            text = await RequestText.ReadAsync(stream, CatalogueJson.MaxBytes, cancellationToken);
            if (text is null)
            {
                return View("Import", new ImportViewModel(file.FileName, null, ImportFormat.Json, [new("body", T["The file is larger than {0} MB.", CatalogueJson.MaxBytes / 1024 / 1024])], null));
            }
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return View("Import", new ImportViewModel(null, null, ImportFormat.Json, [new("file", T["Choose a catalogue file (.json or .csv) or paste its content."])], null));
        }
        var format = ImportFormat.Of(file?.FileName, text);
        var result = await importer.PlanAsync(text, format, cancellationToken);
        return View("Import", new ImportViewModel(file?.FileName, text, format, result.Issues, result.Plan));
    }

    [HttpPost("import/apply")]
    [Authorize(Policy = Policies.EditCatalogue)]
    [RequestFormLimits(ValueLengthLimit = CatalogueJson.MaxBytes)]
    public async Task<IActionResult> Apply(string? json, string? format, CancellationToken cancellationToken)
    {
        var importFormat = format == ImportFormat.Csv ? ImportFormat.Csv : ImportFormat.Json;
        var result = await importer.ImportAsync(json ?? "", importFormat, User.ActorId(), cancellationToken);
        if (result.Plan is not { } plan)
        {
            // The catalogue changed since the dry run, or the form was tampered with: show why, change nothing.
            SetPage(T["Import the catalogue"]);
            return View("Import", new ImportViewModel(null, json, importFormat, result.Issues, null));
        }
        return RedirectToAction(nameof(Index), new
        {
            message = T["Imported: {0} created, {1} updated, {2} unchanged.", plan.Created, plan.Updated, plan.Unchanged].Value,
        });
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv(CancellationToken cancellationToken)
    {
        var csv = CatalogueCsv.Write((await cache.GetAsync(db, cancellationToken)).Items, Policies.CanSeeCosts(User));
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv", "catalogue-items.csv");
    }

    private async Task<IReadOnlyList<string>> CurrenciesInUseAsync(CancellationToken cancellationToken)
    {
        var opportunities = await db.Opportunities.AsNoTracking().Select(o => new { o.Currency, o.Stage }).Distinct().ToListAsync(cancellationToken);
        return PriceGaps.CurrenciesInUse(opportunities.Select(o => (o.Currency.Code, o.Stage)));
    }

    private static List<string> RequiredThroughChain(string code, IReadOnlyDictionary<string, OfferItemSpec> specs) =>
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
