using Configurator.Domain.Insights;
using Configurator.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// Differentiation and outcome, and innovation reuse, for other tools: the same filters and queries as the pages,
/// answered in JSON; a refused filter is a 400 with problem details under the parameter's name.
/// </summary>
[Route("/api/v1/insights")]
[Authorize(Roles = InsightAccess.AnyRole)]
public sealed class OutcomesApiController(InsightFilters filters, DifferentiationOutcomes outcomes, InnovationReuse reuse) : ApiControllerBase
{
    /// <summary>Won and lost proposals per differentiation band (all four, in order), by their last issued revision's recommended option.</summary>
    [HttpGet("differentiation-outcomes")]
    public async Task<IActionResult> DifferentiationOutcomes([FromQuery] InsightQuery query, CancellationToken cancellationToken) =>
        await AnswerAsync(query, report => report.ByDifferentiation, cancellationToken);

    /// <summary>The same per discount band.</summary>
    [HttpGet("discount-outcomes")]
    public async Task<IActionResult> DiscountOutcomes([FromQuery] InsightQuery query, CancellationToken cancellationToken) =>
        await AnswerAsync(query, report => report.ByDiscount, cancellationToken);

    /// <summary>Each innovation's proposals, won, lost, win rate, industries and whether it is a candidate for standard.</summary>
    [HttpGet("innovation-reuse")]
    public async Task<IActionResult> InnovationReuse([FromQuery] InsightQuery query, CancellationToken cancellationToken)
    {
        var (filter, errors) = await filters.ReadAsync(query, InsightAccess.Of(User), cancellationToken);
        if (errors.Count > 0)
        {
            return UseCaseAnswers.QueryProblem(errors);
        }
        var uses = await reuse.ListAsync(filter, cancellationToken);
        return Ok(uses.Select(u => new InnovationReuseResponse(u.ItemCode, u.Proposals, u.Won, u.Lost, Rate(u.WinRate), u.Industries, u.CandidateForStandard)));
    }

    private async Task<IActionResult> AnswerAsync(InsightQuery query, Func<OutcomeReport, IReadOnlyList<BandOutcome>> bands, CancellationToken cancellationToken)
    {
        var (filter, errors) = await filters.ReadAsync(query, InsightAccess.Of(User), cancellationToken);
        if (errors.Count > 0)
        {
            return UseCaseAnswers.QueryProblem(errors);
        }
        var report = await outcomes.ReadAsync(filter, cancellationToken);
        return Ok(bands(report).Select(b => new BandOutcomeResponse(b.Band.Code, b.Won, b.Lost, Rate(b.WinRate), b.AverageDiscountPercent)));
    }

    /// <summary>A win rate as a fraction 0…1 to four decimals.</summary>
    private static decimal? Rate(decimal? rate) => rate is { } r ? Math.Round(r, 4, MidpointRounding.AwayFromZero) : null;
}
