using Configurator.Domain.Portal;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>A proposal's links taken together: views, the last opening, and the client's latest answer.</summary>
public sealed record EngagementSummary(int Views, DateTimeOffset? LastOpenedAt, ClientDecisionKind? Decision);
