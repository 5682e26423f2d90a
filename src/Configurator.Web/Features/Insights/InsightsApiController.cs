using Configurator.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Insights;

/// <summary>One category of the catalogue gaps as the API answers it.</summary>
public sealed record CatalogueGapResponse(string Category, string Name, string Answered, int PainPoints, int Unquantified,
    IReadOnlyDictionary<string, decimal> AnnualImpact, IReadOnlyList<int> OpportunityIds, IReadOnlyList<string> Quotes);

/// <summary>Insights for other tools: the same queries and filters as the pages, in English, refusals as problem details keyed by parameter.</summary>
[Route("/api/v1/insights")]
[Authorize(Roles = InsightAccess.AnyRole)]
public sealed class InsightsApiController(InsightFilters filters, CatalogueGaps gaps, Catalogue.CatalogueCache catalogue, Data.ConfiguratorDbContext db) : ApiControllerBase
{
    /// <summary>Per category, the pain points of open opportunities that no active item answers, or answers only weakly (strength 1); most pain points first.</summary>
    [HttpGet("catalogue-gaps")]
    public async Task<IActionResult> CatalogueGaps([FromQuery] InsightQuery query, CancellationToken cancellationToken)
    {
        var (filter, errors) = await filters.ReadAsync(query, InsightAccess.Of(User), cancellationToken);
        if (errors.Count > 0)
        {
            return UseCaseAnswers.QueryProblem(errors);
        }
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var found = await gaps.ListAsync(filter, cancellationToken);
        return Ok(found.Select(g => new CatalogueGapResponse(g.Category, snapshot.CategoryNames.GetValueOrDefault(g.Category) ?? g.Category,
            g.Unanswered ? "none" : "weak", g.PainPoints, g.Unquantified, g.AnnualImpact, g.OpportunityIds, g.Quotes)));
    }
}
