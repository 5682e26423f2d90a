using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// A person of the decision chain as a caller sent them. <see cref="Key"/> only matters inside one
/// opportunity body, where pain points name who raised them by it. <see cref="PersonId"/> links a person
/// the account already knows (then name, title, e-mail and phone are theirs and not read); without it
/// the e-mail finds a known person, or a new person joins the account.
/// </summary>
public sealed record StakeholderInput(string? Key, string? Name, string? Title, string? Role, string? Stance, int? Influence, string? Notes,
    string? Email = null, string? Phone = null, int? PersonId = null)
{
    public StakeholderDetails ToDetails() => new(Name, Title, Role, Stance, Influence, Notes, Email, Phone);

    /// <summary>With a <see cref="PersonId"/> only the part in the deal is checked: who the person is was checked when they joined the account.</summary>
    public IReadOnlyList<FieldError> Problems(string prefix = "") =>
        (PersonId is null ? DiscoveryValidation.Stakeholder(ToDetails()) : DiscoveryValidation.Participation(ToDetails())).ToFieldErrors(prefix);
}
