namespace Configurator.Domain.Insights;

/// <summary>
/// Why a lost proposal was lost, as the insights group it: the client's reason when they declined online (the portal's
/// list), otherwise the team's own account in the Lost step's comment, which is free text and grouped as one.
/// </summary>
public static class LostReason
{
    /// <summary>The group of a loss the client did not decline online: the reason is only in the team's comment.</summary>
    public const string ByTheTeam = "team";

    /// <summary>The group of a lost proposal: its client's decline reason (code) or <see cref="ByTheTeam"/>.</summary>
    public static string Of(Portal.DeclineReason? declined) => declined is { } reason ? Proposals.ProposalTerms.Code(reason) : ByTheTeam;

    /// <summary>The groups in the order tables show them: the portal's reasons, then the team's.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<Portal.DeclineReason>().Select(r => Proposals.ProposalTerms.Code(r)), ByTheTeam];
}
