namespace Configurator.Web.Features.Proposals;

/// <summary>The client as the builder names it: account and opportunity.</summary>
public sealed record BuilderClient(int OpportunityId, string OpportunityName, string AccountName, string Industry, string Region);
