using Configurator.Domain.Portal;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>One recipient's link to one sent revision and what they did with it, for the builder's panel and the API.</summary>
public sealed record EngagementRow(int LinkId, int StakeholderId, string Name, string Email, int Revision, ClientLinkState State, DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? FirstOpenedAt, DateTimeOffset? LastOpenedAt, int Views, int SecondsSpent, int Downloads, int? ChosenOptionId,
    EngagementDecision? Decision)
{
    /// <summary>Presales may revoke a link that still opens.</summary>
    public bool Revocable => State == ClientLinkState.Open;
}
