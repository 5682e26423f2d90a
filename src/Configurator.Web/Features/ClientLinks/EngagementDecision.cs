using Configurator.Domain.Portal;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>The client's answer given through this link.</summary>
public sealed record EngagementDecision(ClientDecisionKind Kind, DateTimeOffset At, int? OptionId, DeclineReason? Reason, string Text);
