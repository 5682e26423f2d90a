namespace Configurator.Domain.Discovery;

/// <summary>An account's details as someone entered them: any value may be missing or wrong until <see cref="DiscoveryValidation.Account"/> accepts them.</summary>
public sealed record AccountDetails(string? Name, string? Industry, string? Region, string? Size, string? Notes);
