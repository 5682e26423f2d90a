namespace Configurator.Domain.Proposals;

/// <summary>One step of a proposal's history: who moved it from which status to which, and why.</summary>
public sealed class ProposalEvent
{
    /// <summary>The history's action for a change of content that sent a submitted proposal back to draft.</summary>
    public const string EditAction = "edit";

    private ProposalEvent()
    {
    }

    public long Id { get; private set; }

    public int ProposalId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; } = "";

    public string Action { get; private set; } = "";

    public ProposalStatus From { get; private set; }

    public ProposalStatus To { get; private set; }

    public string Comment { get; private set; } = "";

    /// <summary>What happened, as a page shows it: the workflow step's label, or "Changed" for an edit.</summary>
    public string ActionLabel => ProposalWorkflow.Find(Action)?.Label ?? (Action == EditAction ? "Changed" : Action);

    internal static ProposalEvent Create(string action, ProposalStatus from, ProposalStatus to, string actorId, DateTimeOffset at, string comment) => new()
    {
        Action = action,
        From = from,
        To = to,
        ActorId = actorId,
        At = at,
        Comment = comment,
    };
}
