namespace Configurator.Domain.Discovery;

/// <summary>
/// A person of the decision chain as someone entered them; role and stance are <see cref="DiscoveryTerms"/> codes.
/// Checked by <see cref="DiscoveryValidation.Stakeholder"/>.
/// </summary>
public sealed record StakeholderDetails(string? Name, string? Title, string? Role, string? Stance, int? Influence, string? Notes,
    string? Email = null, string? Phone = null);
