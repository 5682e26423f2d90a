using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>An opportunity as the API answers it, with its pain points and stakeholders and their ids; who captured a pain point by id and by name.</summary>
public sealed record OpportunityResponse(
    int Id,
    int AccountId,
    string Name,
    string Stage,
    DateOnly? ExpectedClose,
    decimal? Budget,
    string Currency,
    IReadOnlyList<string> Competitors,
    string OwnerId,
    int Version,
    string? NextStep,
    DateOnly? NextStepDue,
    IReadOnlyList<StakeholderResponse> Stakeholders,
    IReadOnlyList<PainPointResponse> PainPoints)
{
    public static OpportunityResponse From(Opportunity o, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<Stakeholder, string>? keys = null) => new(
        o.Id, o.AccountId, o.Name, DiscoveryTerms.Code(o.Stage), o.ExpectedClose, o.Budget, o.Currency, o.Competitors, o.OwnerId, o.Version, o.NextStep?.Text, o.NextStep?.Due,
        o.Stakeholders.OrderBy(s => s.Id).Select(s => new StakeholderResponse(s.Id, keys?.GetValueOrDefault(s), s.Name, s.Title,
            DiscoveryTerms.Code(s.Role), DiscoveryTerms.Code(s.Stance), s.Influence, s.Notes, s.CaresAbout, s.Version, s.PersonId, s.Person.Email, s.Person.Phone)).ToList(),
        o.PainPoints.OrderBy(p => p.Priority).Select(p => new PainPointResponse(p.Id, p.Title, p.Category, p.ClientWords, p.Severity,
            p.AnnualImpact, p.RaisedBy?.Id ?? p.RaisedById, p.CapturedById, names.NameOf(p.CapturedById), p.CapturedAt, p.Priority, p.Version)
        {
            Baseline = BaselineResponse.From(p.Baseline),
        }).ToList());
}
