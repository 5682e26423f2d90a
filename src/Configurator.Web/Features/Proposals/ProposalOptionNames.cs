namespace Configurator.Web.Features.Proposals;

/// <summary>The names a new proposal's options get in its language: the Good / Better / Best tiers, a lone recommendation, a lone empty option.</summary>
public sealed record ProposalOptionNames(IReadOnlyList<string> Tiers, string Recommended, string Single);
