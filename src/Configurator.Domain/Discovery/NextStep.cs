namespace Configurator.Domain.Discovery;

/// <summary>
/// What happens next in a deal and by when. A deal has one next step or none; it is overdue once its
/// due date has passed while the deal is still open.
/// </summary>
public sealed record NextStep(string Text, DateOnly Due)
{
    public bool IsOverdue(DateOnly today, OpportunityStage stage) => Due < today && !Playbook.IsClosed(stage);
}
