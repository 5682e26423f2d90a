namespace Configurator.Web.Features.Proposals;

/// <summary>One workflow button: the action, its label, the comment it asks for (if any).</summary>
public sealed record WorkflowButton(string Code, string Label, string? CommentNeeded, bool Primary);
