using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

public sealed record OpportunityViewModel(
    Opportunity Opportunity,
    Account Account,
    IReadOnlyDictionary<string, string> Owners,
    IReadOnlyList<PainCategorySpec> Categories,
    DiscoverySummary Summary,
    IReadOnlyList<PlaybookActionStatus> Checklist,
    IReadOnlyList<TimelineRow> Timeline,
    OpportunityPermissions Can)
{
    public PainPointForm Capture { get; init; } = new();

    public StakeholderForm Stakeholder { get; init; } = new();

    public StageForm StageChange { get; init; } = new();

    public IReadOnlyList<OpportunityProposal> Proposals { get; init; } = [];

    /// <summary>True right after a pain point was added, so the title field takes the focus back.</summary>
    public bool Added { get; init; }

    public string CategoryName(string code) => Categories.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public IEnumerable<PainPoint> PainPointsByPriority => Opportunity.PainPoints.OrderBy(p => p.Priority).ThenBy(p => p.Id);
}

public sealed record OpportunityPermissions(bool Edit, bool Reassign, bool CreateProposals);

public sealed record OpportunityProposal(int Id, string Title, Configurator.Domain.Proposals.ProposalStatus Status);

/// <summary>One pain point in its edit form; <see cref="Theirs"/> is set when someone else saved it meanwhile.</summary>
public sealed record PainEditModel(OpportunityViewModel Workspace, PainPoint Pain, PainPointForm Form, PainPoint? Theirs = null, string? TheirAuthor = null);

/// <summary>One person of the decision chain in their edit form; <see cref="Conflict"/> is set when someone else saved them meanwhile.</summary>
public sealed record StakeholderEditModel(OpportunityViewModel Workspace, Stakeholder Person, StakeholderForm Form, bool Conflict = false);

/// <summary>The fields of a person, shared by the add and edit forms; <see cref="IdPrefix"/> keeps element ids unique.</summary>
public sealed record StakeholderFieldsModel(OpportunityViewModel Workspace, StakeholderForm Form, string IdPrefix);

public sealed record EditOpportunityModel(int Id, string CurrentName, string Currency, OpportunityForm Form);
