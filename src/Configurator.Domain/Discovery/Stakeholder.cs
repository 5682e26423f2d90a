namespace Configurator.Domain.Discovery;

/// <summary>
/// A person of the account in one opportunity's decision chain: their role, stance, influence and what
/// they care about are about this deal; who they are (name, title, how to reach them) is the <see cref="Person"/>.
/// </summary>
public sealed class Stakeholder
{
    private Stakeholder()
    {
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public Opportunity Opportunity { get; private set; } = null!;

    public int PersonId { get; private set; }

    public Person Person { get; private set; } = null!;

    public string Name => Person.Name;

    public string Title => Person.Title;

    public StakeholderRole Role { get; private set; }

    public Stance Stance { get; private set; }

    /// <summary>1 (little say) to 5 (decides).</summary>
    public int Influence { get; private set; }

    public string Notes { get; private set; } = "";

    public int Version { get; private set; }

    /// <summary>Ids of the opportunity's pain points this person cares about (besides the ones they raised).</summary>
    public IReadOnlyList<int> CaresAbout => _caresAbout;

    private List<int> _caresAbout = [];

    /// <summary>Changes the person's part in this deal; who they are changes on the <see cref="Person"/>.</summary>
    public void Update(StakeholderRole role, Stance stance, int influence, string notes, IEnumerable<int> caresAbout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(influence, DiscoveryLimits.MinInfluence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(influence, DiscoveryLimits.MaxInfluence);
        Role = role;
        Stance = stance;
        Influence = influence;
        Notes = notes;
        _caresAbout = Known(Opportunity, caresAbout);
        Version++;
    }

    /// <summary>True when this person raised the pain point or said they care about it.</summary>
    public bool Cares(PainPoint painPoint) => painPoint.RaisedById == Id || _caresAbout.Contains(painPoint.Id);

    internal static Stakeholder Create(Opportunity opportunity, Person person, StakeholderRole role, Stance stance, int influence, string notes,
        IEnumerable<int> caresAbout) => new()
        {
            Opportunity = opportunity,
            Person = person,
            PersonId = person.Id,
            Role = role,
            Stance = stance,
            Influence = influence,
            Notes = notes,
            _caresAbout = Known(opportunity, caresAbout),
            Version = 1,
        };

    /// <summary>Only saved pain points of the same opportunity, once each, in id order.</summary>
    private static List<int> Known(Opportunity opportunity, IEnumerable<int> painPointIds)
    {
        var known = opportunity.PainPoints.Select(p => p.Id).Where(id => id > 0).ToHashSet();
        return painPointIds.Where(known.Contains).Distinct().Order().ToList();
    }
}
