using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// A person of the decision chain as a caller sent them. <see cref="Key"/> only matters inside one
/// opportunity body, where pain points name who raised them by it.
/// </summary>
public sealed record StakeholderInput(string? Key, string? Name, string? Title, string? Role, string? Stance, int? Influence, string? Notes)
{
    public StakeholderDetails ToDetails() => new(Name, Title, Role, Stance, Influence, Notes);

    public IReadOnlyList<FieldError> Problems(string prefix = "") => DiscoveryValidation.Stakeholder(ToDetails()).ToFieldErrors(prefix);
}
