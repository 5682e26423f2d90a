using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Features.Insights.Charts;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// The catalogue gaps, the pain heatmap and the pipeline coverage: each a page, its results part for htmx (the filters
/// answer without a full reload) and a CSV of the same rows. Who sees whose opportunities is <see cref="InsightFilters"/>' rule.
/// </summary>
[Authorize(Roles = InsightAccess.AnyRole)]
public sealed class InsightPagesController(InsightPage page, CatalogueGaps gaps, PainHeatmap heatmap, PipelineCoverage coverage,
    CatalogueCache catalogue, ConfiguratorDbContext db, IStringLocalizer<Text> T) : Controller
{
    public const string Csv = "csv";

    [HttpGet(InsightUrls.Gaps)]
    public async Task<IActionResult> Gaps([FromQuery] InsightQuery query, string? sort, string? currency, string? format, CancellationToken cancellationToken)
    {
        var (filter, bar) = await page.ReadAsync(this, query, InsightUrls.Gaps, GapsViewModel.Target, cancellationToken);
        var found = await gaps.ListAsync(filter, cancellationToken);
        var currencies = found.SelectMany(g => g.AnnualImpact.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var order = Choose(sort, "sort", [GapsViewModel.ByCount, GapsViewModel.ByImpact], GapsViewModel.ByCount);
        var chosen = ChooseCurrency(currency, currencies, found);
        var names = await CategoryNamesAsync(cancellationToken);
        // Amounts sort within one currency (SQLite cannot order decimals, and two currencies do not compare without a rate).
        var ranked = order == GapsViewModel.ByImpact && chosen is { } c
            ? found.OrderByDescending(g => g.AnnualImpact.GetValueOrDefault(c)).ThenByDescending(g => g.PainPoints)
            : found.OrderByDescending(g => g.PainPoints).ThenByDescending(g => chosen is null ? 0m : g.AnnualImpact.GetValueOrDefault(chosen));
        var list = ranked.ThenBy(g => g.Category, StringComparer.Ordinal).ToList();
        var shownIds = list.SelectMany(g => g.OpportunityIds.Take(GapsViewModel.OpportunitiesShown)).Distinct().ToList();
        var opportunityNames = await db.Opportunities.AsNoTracking().Where(o => shownIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var rows = list.Select(g => new GapRow(g, names.GetValueOrDefault(g.Category) ?? g.Category,
            g.OpportunityIds.Take(GapsViewModel.OpportunitiesShown).Select(id => (id, opportunityNames.GetValueOrDefault(id) ?? $"#{id}")).ToList())).ToList();

        if (format == Csv)
        {
            return ModelState.IsValid ? GapsCsv(rows, currencies) : ValidationProblem(ModelState);
        }
        var byImpact = order == GapsViewModel.ByImpact && chosen is not null;
        var chart = new BarChart("gaps-chart",
            byImpact ? T["Catalogue gaps by annual impact ({0})", chosen!] : T["Catalogue gaps by number of pain points"],
            T["One bar per category the catalogue leaves open or answers only weakly; the table beside it has the same numbers."],
            rows.Take(15).Select(r => byImpact
                ? new Bar(r.Name, r.Gap.AnnualImpact.GetValueOrDefault(chosen!), Display.WholeMoney(r.Gap.AnnualImpact.GetValueOrDefault(chosen!), chosen!))
                : new Bar(r.Name, r.Gap.PainPoints, Display.Number(r.Gap.PainPoints))).ToList());
        var csv = InsightLinks.With(InsightUrls.Gaps, query, ("sort", order), ("currency", chosen), ("format", Csv));
        var model = new GapsViewModel(bar with
        {
            Choices =
            [
                new InsightChoice("sort", T["Sort by"], [(GapsViewModel.ByCount, T["Number of pain points"]), (GapsViewModel.ByImpact, T["Annual impact"])], order),
                new InsightChoice("currency", T["Currency"], currencies.Count == 0 ? [("", T["No amounts yet"])] : currencies.Select(x => (x, x)).ToList(), chosen ?? ""),
            ],
        }, order, chosen, currencies, rows, chart, csv);
        SetPage(T["Catalogue gaps"]);
        return Request.IsHtmx() ? PartialView("_GapsResults", model) : View("Gaps", model);
    }

    [HttpGet(InsightUrls.Gaps + ".csv")]
    public Task<IActionResult> GapsFile([FromQuery] InsightQuery query, string? sort, string? currency, CancellationToken cancellationToken) =>
        Gaps(query, sort, currency, Csv, cancellationToken);

    [HttpGet(InsightUrls.Heatmap)]
    public async Task<IActionResult> Heatmap([FromQuery] InsightQuery query, string? axis, string? currency, string? format, CancellationToken cancellationToken)
    {
        var (filter, bar) = await page.ReadAsync(this, query, InsightUrls.Heatmap, HeatmapViewModel.Target, cancellationToken);
        var across = ReadAxis(axis);
        var cells = await heatmap.ListAsync(filter, across, cancellationToken);
        var currencies = cells.SelectMany(c => c.AnnualImpact.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var chosen = string.IsNullOrWhiteSpace(currency) ? null : Choose(currency.Trim().ToUpperInvariant(), "currency", currencies, null!);
        var names = await CategoryNamesAsync(cancellationToken);
        if (format == Csv)
        {
            if (!ModelState.IsValid)
            {
                return ValidationProblem(ModelState);
            }
            var shown = chosen is null ? currencies : [chosen];
            return InsightCsv.File(InsightCsv.Write(
                ["category", "categoryName", across == HeatmapAxis.Industry ? "industry" : "region", "painPoints", .. shown.Select(x => $"annualImpact{x}")],
                cells.Select(c => (IReadOnlyList<string>)[c.Category, names.GetValueOrDefault(c.Category) ?? c.Category, c.Column, c.PainPoints.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    .. shown.Select(x => InsightCsv.Number(c.AnnualImpact.GetValueOrDefault(x)))])), "pain-heatmap.csv");
        }
        var columns = cells.Select(c => c.Column).Distinct(StringComparer.Ordinal).OrderBy(c => c.Length == 0).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var rows = cells.GroupBy(c => c.Category, StringComparer.Ordinal)
            .Select(g => new HeatmapRow(g.Key, names.GetValueOrDefault(g.Key) ?? g.Key, g.ToDictionary(c => c.Column, StringComparer.Ordinal)))
            .OrderByDescending(r => r.PainPoints).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var axisName = across == HeatmapAxis.Industry ? "industry" : "region";
        var model = new HeatmapViewModel(bar with
        {
            Choices =
            [
                new InsightChoice("axis", T["Across"], [("industry", T["Industries"]), ("region", T["Regions"])], axisName),
                new InsightChoice("currency", T["Impact in"], [("", T["Each currency"]), .. currencies.Select(x => (x, x))], chosen ?? ""),
            ],
        }, across, chosen, columns, rows, InsightLinks.With(InsightUrls.Heatmap, query, ("axis", axisName), ("currency", chosen), ("format", Csv)));
        SetPage(T["Pain heatmap"]);
        return Request.IsHtmx() ? PartialView("_HeatmapResults", model) : View("Heatmap", model);
    }

    /// <summary>The pain points behind one cell: a panel beside the heatmap (htmx) or a page of its own.</summary>
    [HttpGet(InsightUrls.Heatmap + "/cell")]
    public async Task<IActionResult> HeatmapCell([FromQuery] InsightQuery query, string? axis, string? category, string? column, CancellationToken cancellationToken)
    {
        var (filter, _) = await page.ReadAsync(this, query, InsightUrls.Heatmap, HeatmapViewModel.Target, cancellationToken);
        var across = ReadAxis(axis);
        var (pains, total) = await heatmap.CellAsync(filter, across, category ?? "", column ?? "", cancellationToken);
        var names = await CategoryNamesAsync(cancellationToken);
        var back = InsightLinks.With(InsightUrls.Heatmap, query, ("axis", across == HeatmapAxis.Industry ? "industry" : "region"));
        var model = new HeatmapCellViewModel(category ?? "", names.GetValueOrDefault(category ?? "") ?? category ?? "", across, column ?? "", pains, total, back);
        SetPage(T["Pain heatmap"]);
        return Request.IsHtmx() ? PartialView("_HeatmapCell", model) : View("HeatmapCell", model);
    }

    [HttpGet(InsightUrls.Heatmap + ".csv")]
    public Task<IActionResult> HeatmapFile([FromQuery] InsightQuery query, string? axis, string? currency, CancellationToken cancellationToken) =>
        Heatmap(query, axis, currency, Csv, cancellationToken);

    [HttpGet(InsightUrls.Coverage)]
    public async Task<IActionResult> Coverage([FromQuery] InsightQuery query, string? format, string? list, CancellationToken cancellationToken)
    {
        var (filter, bar) = await page.ReadAsync(this, query, InsightUrls.Coverage, CoverageViewModel.Target, cancellationToken);
        if (format == Csv)
        {
            var part = Choose(list, "list", [CoverageViewModel.Opportunities, CoverageViewModel.Proposals], CoverageViewModel.Opportunities);
            if (!ModelState.IsValid)
            {
                return ValidationProblem(ModelState);
            }
            var all = await coverage.ListAsync(filter, null, cancellationToken);
            return part == CoverageViewModel.Opportunities
                ? InsightCsv.File(InsightCsv.Write(["opportunityId", "opportunity", "account", "stage", "owner", "painPoints", "created"],
                    all.Waiting.Select(w => (IReadOnlyList<string>)[Invariant(w.Id), w.Name, w.Account, Domain.Discovery.DiscoveryTerms.Code(w.Stage), w.OwnerName, Invariant(w.PainPoints),
                        w.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)])), "waiting-for-a-proposal.csv")
                : InsightCsv.File(InsightCsv.Write(["proposalId", "proposal", "status", "opportunityId", "opportunity", "recommendedOption", "painPoints", "uncovered", "weak"],
                    all.Proposals.Select(p => (IReadOnlyList<string>)[Invariant(p.Id), p.Title, Domain.Proposals.ProposalTerms.Code(p.Status), Invariant(p.OpportunityId), p.Opportunity, p.RecommendedOption,
                        Invariant(p.PainPoints), Invariant(p.Uncovered), Invariant(p.Weak)])), "proposals-with-uncovered-pains.csv");
        }
        var result = await coverage.ListAsync(filter, CoverageViewModel.RowsShown, cancellationToken);
        var model = new CoverageViewModel(bar, result, new Dictionary<string, string>
        {
            [CoverageViewModel.Opportunities] = InsightLinks.With(InsightUrls.Coverage + ".csv", query, ("list", CoverageViewModel.Opportunities)),
            [CoverageViewModel.Proposals] = InsightLinks.With(InsightUrls.Coverage + ".csv", query, ("list", CoverageViewModel.Proposals)),
        });
        SetPage(T["Pipeline coverage"]);
        return Request.IsHtmx() ? PartialView("_CoverageResults", model) : View("Coverage", model);
    }

    [HttpGet(InsightUrls.Coverage + ".csv")]
    public Task<IActionResult> CoverageFile([FromQuery] InsightQuery query, string? list, CancellationToken cancellationToken) =>
        Coverage(query, Csv, list, cancellationToken);

    private IActionResult GapsCsv(IReadOnlyList<GapRow> rows, IReadOnlyList<string> currencies) =>
        InsightCsv.File(InsightCsv.Write(
            ["category", "categoryName", "answered", "painPoints", "unquantified", .. currencies.Select(c => $"annualImpact{c}"), "opportunities", "opportunityIds", "quotes"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Gap.Category, r.Name, r.Gap.Unanswered ? "none" : "weak", Invariant(r.Gap.PainPoints), Invariant(r.Gap.Unquantified),
                .. currencies.Select(c => InsightCsv.Number(r.Gap.AnnualImpact.GetValueOrDefault(c))),
                Invariant(r.Gap.OpportunityIds.Count), string.Join(' ', r.Gap.OpportunityIds.Select(Invariant)), string.Join(" | ", r.Gap.Quotes),
            ])), "catalogue-gaps.csv");

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private HeatmapAxis ReadAxis(string? axis) =>
        Choose(axis?.Trim().ToLowerInvariant(), "axis", ["industry", "region"], "industry") == "region" ? HeatmapAxis.Region : HeatmapAxis.Industry;

    /// <summary>One of the allowed values; anything else is refused beside its field and the default used.</summary>
    private string Choose(string? value, string field, IReadOnlyList<string> allowed, string fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }
        ModelState.AddModelError(field, T["Choose one of the values in the list."]);
        return fallback;
    }

    /// <summary>The currency asked for, else the one most categories have amounts in (amounts in two currencies do not add up).</summary>
    private string? ChooseCurrency(string? value, IReadOnlyList<string> currencies, IReadOnlyList<CatalogueGap> found)
    {
        var asked = value?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(asked) && (currencies.Contains(asked) || currencies.Count == 0))
        {
            return currencies.Contains(asked) ? asked : null;
        }
        if (!string.IsNullOrEmpty(asked))
        {
            ModelState.AddModelError("currency", T["Choose one of the values in the list."]);
        }
        return currencies.OrderByDescending(c => found.Count(g => g.AnnualImpact.ContainsKey(c))).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
    }

    private async Task<IReadOnlyDictionary<string, string>> CategoryNamesAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        return snapshot.Categories.ToDictionary(c => c.Code, c => c.TextsFor(Languages.Current).Name, StringComparer.Ordinal);
    }

    private void SetPage(string title)
    {
        ViewData["Title"] = title;
        ViewData["Section"] = "Insights";
    }
}
