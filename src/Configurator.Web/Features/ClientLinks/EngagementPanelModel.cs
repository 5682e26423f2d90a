namespace Configurator.Web.Features.ClientLinks;

/// <summary>What the engagement panel shows: whether presales may send the latest revision, and each link's row.</summary>
public sealed record EngagementPanelModel(int ProposalId, int? LatestRevision, bool CanSend, bool CanRevoke, IReadOnlyList<EngagementRow> Rows,
    IReadOnlyDictionary<int, string> OptionNames, DateTimeOffset Now);
