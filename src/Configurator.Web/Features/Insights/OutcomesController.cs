using Configurator.Domain.Insights;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// Differentiation and outcome, the proposals behind each of its figures, and innovation reuse: each page answers in
/// full or, to the filter bar (htmx), with its results part only; each table also as CSV.
/// </summary>
[Authorize(Roles = InsightAccess.AnyRole)]
public sealed class OutcomesController(InsightPage page, DifferentiationOutcomes outcomes, InnovationReuse reuse, InnovationNames names,
    OutcomeWords words, IStringLocalizer<Text> T) : Controller
{
    [HttpGet(InsightUrls.Outcomes)]
    public async Task<IActionResult> Outcomes([FromQuery] InsightQuery query, CancellationToken cancellationToken)
    {
        var (filter, bar) = await page.ReadAsync(this, query, InsightUrls.Outcomes, OutcomesViewModel.Target, cancellationToken);
        var model = new OutcomesViewModel(bar, await outcomes.ReadAsync(filter, cancellationToken), new OutcomeLinks(query));
        return Answer("Outcomes", "_Outcomes", model, T["Differentiation and outcome"]);
    }

    [HttpGet(OutcomeLinks.Csv + "/{table}")]
    public async Task<IActionResult> OutcomesCsv(string table, [FromQuery] InsightQuery query, CancellationToken cancellationToken)
    {
        if (!OutcomeLinks.Tables.Contains(table))
        {
            return NotFound();
        }
        var (filter, _) = await page.ReadAsync(this, query, InsightUrls.Outcomes, OutcomesViewModel.Target, cancellationToken);
        if (!ModelState.IsValid)
        {
            return BadRequest(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        }
        var report = await outcomes.ReadAsync(filter, cancellationToken);
        var csv = table switch
        {
            "differentiation" => BandsCsv(report.ByDifferentiation, T["Differentiation"]),
            "discount" => BandsCsv(report.ByDiscount, T["Discount"]),
            "lost-differentiation" => ReasonsCsv(report.LostByDifferentiation, InsightBands.Differentiation),
            _ => ReasonsCsv(report.LostByDiscount, InsightBands.Discount),
        };
        return InsightCsv.File(csv, $"outcomes-{table}.csv");
    }

    [HttpGet(OutcomeLinks.Proposals)]
    public async Task<IActionResult> Proposals([FromQuery] InsightQuery query, [FromQuery] OutcomeListQuery list, CancellationToken cancellationToken)
    {
        var (filter, bar) = await page.ReadAsync(this, query, OutcomeLinks.Proposals, OutcomeProposalsViewModel.Target, cancellationToken);
        var (selection, errors) = OutcomeSelection.Read(list);
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, T["Choose a figure on the outcome page: this link asks for something it does not show."]);
        }
        var proposals = errors.Count > 0 ? [] : await outcomes.ListAsync(filter, selection, cancellationToken);
        var model = new OutcomeProposalsViewModel(bar, selection, proposals, new OutcomeLinks(query));
        return Answer("OutcomeProposals", "_OutcomeProposals", model, T["Decided proposals"]);
    }

    [HttpGet(InsightUrls.Innovations)]
    public async Task<IActionResult> Innovations([FromQuery] InsightQuery query, CancellationToken cancellationToken)
    {
        var (filter, bar) = await page.ReadAsync(this, query, InsightUrls.Innovations, InnovationsViewModel.Target, cancellationToken);
        var rows = await names.NameAsync(await reuse.ListAsync(filter, cancellationToken), cancellationToken);
        return Answer("Innovations", "_Innovations", new InnovationsViewModel(bar, rows, new OutcomeLinks(query)), T["Innovation reuse"]);
    }

    [HttpGet(OutcomeLinks.InnovationsCsv)]
    public async Task<IActionResult> InnovationsCsv([FromQuery] InsightQuery query, CancellationToken cancellationToken)
    {
        var (filter, _) = await page.ReadAsync(this, query, InsightUrls.Innovations, InnovationsViewModel.Target, cancellationToken);
        if (!ModelState.IsValid)
        {
            return BadRequest(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        }
        var rows = await names.NameAsync(await reuse.ListAsync(filter, cancellationToken), cancellationToken);
        var csv = InsightCsv.Write(
            [T["Code"], T["Innovation"], T["Proposals"], T["Won"], T["Lost"], T["Win rate (%)"], T["Industries"], T["Candidate for standard"]],
            rows.Select(r => (IReadOnlyList<string>)[r.Use.ItemCode, r.Name, r.Use.Proposals.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Use.Won.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Use.Lost.ToString(System.Globalization.CultureInfo.InvariantCulture),
                InsightCsv.Number(RatePercent(r.Use.WinRate)), string.Join("; ", r.Use.Industries.Select(i => T.Choice(i))),
                r.Use.CandidateForStandard ? T["Yes"] : T["No"]]));
        return InsightCsv.File(csv, "innovation-reuse.csv");
    }

    /// <summary>A win rate in percent to one decimal, as tables and the CSV show it.</summary>
    public static decimal? RatePercent(decimal? rate) => rate is { } r ? Math.Round(r * 100m, 1, MidpointRounding.AwayFromZero) : null;

    private string BandsCsv(IReadOnlyList<BandOutcome> bands, string dimension) => InsightCsv.Write(
        [T["{0} band (%)", dimension], T["Won"], T["Lost"], T["Win rate (%)"], T["Average discount (%)"]],
        bands.Select(b => (IReadOnlyList<string>)[b.Band.Code, Count(b.Won), Count(b.Lost), InsightCsv.Number(RatePercent(b.WinRate)), InsightCsv.Number(b.AverageDiscountPercent)]));

    private string ReasonsCsv(IReadOnlyList<LostReasonRow> rows, IReadOnlyList<InsightBand> bands) => InsightCsv.Write(
        [T["Lost reason"], .. bands.Select(b => b.Code), T["Lost"]],
        rows.Select(r => (IReadOnlyList<string>)[words.Reason(r.Reason), .. r.Bands.Select(b => Count(b.Lost)), Count(r.Lost)]));

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private IActionResult Answer<TModel>(string view, string partial, TModel model, string title)
    {
        if (Request.IsHtmx())
        {
            return PartialView(partial, model);
        }
        ViewData["Title"] = title;
        ViewData["Section"] = "Insights";
        return View(view, model);
    }
}
