namespace Configurator.Domain.Discovery;

/// <summary>
/// What happens next in a deal and by when. A deal has one next step or none; it is overdue once its
/// due date has passed while the deal is still open.
/// </summary>
public sealed record NextStep(string Text, DateOnly Due)
{
    /// <summary>The next step as stored (text, due date), or null when none is set.</summary>
    public static NextStep? Of(string text, DateOnly? due) => text.Length > 0 && due is { } date ? new NextStep(text, date) : null;

    public bool IsOverdue(DateOnly today, OpportunityStage stage) => Due < today && !Playbook.IsClosed(stage);
}
