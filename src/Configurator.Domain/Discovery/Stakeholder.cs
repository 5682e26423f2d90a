namespace Configurator.Domain.Discovery;

/// <summary>A person in the client's decision chain.</summary>
public sealed class Stakeholder
{
    private Stakeholder()
    {
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public Opportunity Opportunity { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public string Title { get; private set; } = "";

    public StakeholderRole Role { get; private set; }

    public Stance Stance { get; private set; }

    /// <summary>1 (little say) to 5 (decides).</summary>
    public int Influence { get; private set; }

    public string Notes { get; private set; } = "";

    public int Version { get; private set; }

    /// <summary>Ids of the opportunity's pain points this person cares about (besides the ones they raised).</summary>
    public IReadOnlyList<int> CaresAbout => _caresAbout;

    private List<int> _caresAbout = [];

    public void Update(string name, string title, StakeholderRole role, Stance stance, int influence, string notes, IEnumerable<int> caresAbout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(influence, DiscoveryLimits.MinInfluence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(influence, DiscoveryLimits.MaxInfluence);
        Name = name;
        Title = title;
        Role = role;
        Stance = stance;
        Influence = influence;
        Notes = notes;
        _caresAbout = Known(Opportunity, caresAbout);
        Version++;
    }

    /// <summary>True when this person raised the pain point or said they care about it.</summary>
    public bool Cares(PainPoint painPoint) => painPoint.RaisedById == Id || _caresAbout.Contains(painPoint.Id);

    internal static Stakeholder Create(Opportunity opportunity, string name, string title, StakeholderRole role, Stance stance, int influence, string notes,
        IEnumerable<int> caresAbout) => new()
        {
            Opportunity = opportunity,
            Name = name,
            Title = title,
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
