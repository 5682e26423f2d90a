using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>One line of the timeline as pages show it, with the actor's name resolved; <see cref="Words"/> is null on entries older than kept words.</summary>
public sealed record TimelineRow(DateTimeOffset At, string Actor, ActivityKind Kind, string Summary, string Detail, int? OpportunityId, ActivityWords? Words = null);
