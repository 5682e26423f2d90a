using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>What the person may do on the builder: edit the proposal, see costs, and each workflow step's roles.</summary>
public sealed record BuilderPermissions(bool Edit, bool SeeCosts, Func<string, bool> IsInRole)
{
    /// <summary>Why this person may not take the step on this proposal because it is their own work (separation of duties), or null.</summary>
    public Func<WorkflowStep, string?> OwnWork { get; init; } = _ => null;
}
