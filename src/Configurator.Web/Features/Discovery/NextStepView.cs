using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>A deal's next step as the lists show it: what, by when, and whether it is overdue.</summary>
public sealed record NextStepView(string? Text, DateOnly? Due, bool Overdue)
{
    public static NextStepView Of(NextStep? step, OpportunityStage stage, DateOnly today) => new(step?.Text, step?.Due, step?.IsOverdue(today, stage) == true);
}
