using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// A pain point as a caller sent it. <see cref="RaisedBy"/> names a stakeholder: by key inside an
/// opportunity body, by id when the pain point is added to or changed in a saved opportunity.
/// <see cref="Version"/> is the version a change is based on; adding ignores it.
/// </summary>
public sealed record PainPointInput(string? Title, string? Category, string? ClientWords, int? Severity, decimal? AnnualImpact, string? RaisedBy, int? Version = null)
{
    public PainPointDetails ToDetails() => new(Title, Category, ClientWords, Severity, AnnualImpact);

    /// <summary>The problems with its own values; who raised it is resolved by the caller, which knows how it is named.</summary>
    public IReadOnlyList<FieldError> Problems(IReadOnlySet<string> categories, string prefix = "") =>
        DiscoveryValidation.PainPoint(ToDetails(), categories).ToFieldErrors(prefix);
}
