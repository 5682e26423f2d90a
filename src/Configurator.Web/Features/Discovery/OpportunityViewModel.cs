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

    /// <summary>The next step as typed, when the form was refused; null shows what is saved.</summary>
    public NextStepForm? NextStepChange { get; init; }

    /// <summary>The date next steps are overdue against.</summary>
    public DateOnly Today { get; init; }

    public IReadOnlyList<OpportunityProposal> Proposals { get; init; } = [];

    /// <summary>The account's people, who can confirm a pain point's cost.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>A pain point's "client confirmed the cost" form as typed, when it was refused; null shows what is saved.</summary>
    public PainBaselineChange? BaselineChange { get; init; }

    /// <summary>The name of the person just added to the decision chain, shown above the form kept open for the next one.</summary>
    public string? PersonAdded { get; init; }

    /// <summary>"Add a person" shows open: a person was just added, one was picked, or the form has something to fix.</summary>
    public bool AddingPerson { get; init; }

    /// <summary>True right after a pain point was added, so the title field takes the focus back.</summary>
    public bool Added { get; init; }

    /// <summary>True when adding a person was refused: the form stays open with what was typed.</summary>
    public bool PersonRefused { get; init; }

    public string CategoryName(string code) => Categories.FirstOrDefault(c => c.Code == code) is { } category ? CategoryName(category) : code;

    /// <summary>
    /// A pain category as the pages name it: the one place to switch to the category's name in the
    /// reader's language once the taxonomy keeps one per language.
    /// </summary>
    public static string CategoryName(PainCategorySpec category) => category.TextsFor(Localization.Languages.Current).Name;

    public IEnumerable<PainPoint> PainPointsByPriority => Opportunity.PainPoints.OrderBy(p => p.Priority).ThenBy(p => p.Id);
}
