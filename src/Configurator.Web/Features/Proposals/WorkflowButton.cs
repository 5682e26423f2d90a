namespace Configurator.Web.Features.Proposals;

/// <summary>One workflow button: the action, its label, what its comment field asks (null: no field) and whether the comment is needed now.</summary>
public sealed record WorkflowButton(string Code, string Label, string? CommentPrompt, bool CommentNeeded, bool Primary)
{
    /// <summary>A hint beside the button, e.g. what to do first.</summary>
    public string? Hint { get; init; }

    /// <summary>The person may not take the step here (e.g. approving their own work): the hint says why, and there is no button.</summary>
    public bool Refused { get; init; }
}
