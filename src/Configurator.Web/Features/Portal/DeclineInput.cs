namespace Configurator.Web.Features.Portal;

/// <summary>The decline form as posted: a reason code from the list, the competitor when one was chosen, and what else the client wants to say.</summary>
public sealed record DeclineInput(string? Reason, string? Competitor, string? Text);
