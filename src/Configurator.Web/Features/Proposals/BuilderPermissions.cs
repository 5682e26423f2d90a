namespace Configurator.Web.Features.Proposals;

/// <summary>What the person may do on the builder: edit the proposal, see costs, and each workflow step's roles.</summary>
public sealed record BuilderPermissions(bool Edit, bool SeeCosts, Func<string, bool> IsInRole);
