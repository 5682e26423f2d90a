using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>The details of a started deal as a caller changes them, with its next step; its currency and stage are not among them.</summary>
public sealed record OpportunityDetailsInput(string? Name, DateOnly? ExpectedClose, decimal? Budget, IReadOnlyList<string?>? Competitors,
    string? NextStep = null, DateOnly? NextStepDue = null)
{
    public OpportunityDetails ToDetails() => new(Name, ExpectedClose, Budget, Competitors ?? []);

    public IReadOnlyList<FieldError> Problems() =>
        [.. DiscoveryValidation.OpportunityDetails(ToDetails()).ToFieldErrors(), .. DiscoveryValidation.NextStep(NextStep, NextStepDue).ToFieldErrors()];
}
