using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Discovery;

/// <summary>One deal with an account, with the pain points and decision chain the reps captured.</summary>
public sealed class Opportunity
{
    private readonly List<PainPoint> _painPoints = [];
    private readonly List<Stakeholder> _stakeholders = [];
    private List<string> _competitors = [];

    private Opportunity()
    {
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    public string Name { get; private set; } = "";

    public OpportunityStage Stage { get; private set; }

    public DateOnly? ExpectedClose { get; private set; }

    public decimal? Budget { get; private set; }

    public CurrencyCode Currency { get; private set; } = null!;

    public string OwnerId { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>What happens next; empty when no next step is set.</summary>
    public string NextStepText { get; private set; } = "";

    public DateOnly? NextStepDue { get; private set; }

    public NextStep? NextStep => NextStep.Of(NextStepText, NextStepDue);

    public IReadOnlyList<string> Competitors => _competitors;

    public IReadOnlyList<PainPoint> PainPoints => _painPoints;

    public IReadOnlyList<Stakeholder> Stakeholders => _stakeholders;

    public static Opportunity Create(int accountId, string name, OpportunityStage stage, DateOnly? expectedClose, decimal? budget,
        CurrencyCode currency, IEnumerable<string> competitors, string ownerId, DateTimeOffset at) => new()
        {
            AccountId = accountId,
            Name = name,
            Stage = stage,
            ExpectedClose = expectedClose,
            Budget = budget,
            Currency = currency,
            _competitors = competitors.ToList(),
            OwnerId = ownerId,
            CreatedAt = at,
            Version = 1,
        };

    /// <summary>
    /// Links a person of the account into the decision chain with their part in this deal;
    /// <paramref name="caresAbout"/> keeps only ids of this opportunity's saved pain points. A person is in a chain once.
    /// </summary>
    public Stakeholder AddStakeholder(Person person, StakeholderRole role, Stance stance, int influence, string notes, IEnumerable<int>? caresAbout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(influence, DiscoveryLimits.MinInfluence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(influence, DiscoveryLimits.MaxInfluence);
        if (person.AccountId != AccountId)
        {
            throw new ArgumentException("Only people of the opportunity's own account join its decision chain.", nameof(person));
        }
        if (Involves(person))
        {
            throw new ArgumentException("The person is in this decision chain already.", nameof(person));
        }
        var stakeholder = Stakeholder.Create(this, person, role, stance, influence, notes, caresAbout ?? []);
        _stakeholders.Add(stakeholder);
        return stakeholder;
    }

    /// <summary>True when the person is in this opportunity's decision chain.</summary>
    public bool Involves(Person person) => _stakeholders.Any(s => ReferenceEquals(s.Person, person) || (person.Id > 0 && s.PersonId == person.Id));

    /// <summary>
    /// Adds a pain point where it belongs in the priority order: right after the last pain point that
    /// weighs as much or more (<see cref="Recommender.Weight"/>, as the engine ranks them), so a heavier
    /// pain goes up and an order the rep set by hand stays. Who raised it must be in this opportunity's decision chain.
    /// </summary>
    public PainPoint AddPainPoint(string title, string category, string clientWords, int severity, decimal? annualImpact,
        Stakeholder? raisedBy, string capturedById, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(severity, DiscoveryLimits.MinSeverity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(severity, DiscoveryLimits.MaxSeverity);
        if (raisedBy is not null && !_stakeholders.Contains(raisedBy))
        {
            throw new ArgumentException("The stakeholder who raised a pain point belongs to the same opportunity.", nameof(raisedBy));
        }
        var ordered = _painPoints.OrderBy(p => p.Priority).ThenBy(p => p.Id).ToList();
        var largestImpact = _painPoints.Select(p => p.AnnualImpact ?? 0).Append(annualImpact ?? 0).Max();
        var weight = Recommender.Weight(new ClientPain(0, title, category, severity, annualImpact), largestImpact);
        var position = ordered.FindLastIndex(p => Recommender.Weight(new ClientPain(p.Id, p.Title, p.Category, p.Severity, p.AnnualImpact), largestImpact) >= weight) + 1;
        var painPoint = PainPoint.Create(this, title, category, clientWords, severity, annualImpact, raisedBy, capturedById, at, position + 1);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i < position ? i + 1 : i + 2);
        }
        _painPoints.Add(painPoint);
        return painPoint;
    }

    /// <summary>Moves a pain point up (negative) or down (positive) the priority order; priorities stay 1..n.</summary>
    public void MovePainPoint(PainPoint painPoint, int offset)
    {
        var ordered = _painPoints.OrderBy(p => p.Priority).ThenBy(p => p.Id).ToList();
        var from = ordered.IndexOf(painPoint);
        if (from < 0)
        {
            throw new ArgumentException("The pain point belongs to another opportunity.", nameof(painPoint));
        }
        var to = Math.Clamp(from + offset, 0, ordered.Count - 1);
        ordered.RemoveAt(from);
        ordered.Insert(to, painPoint);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
    }

    /// <summary>Changes the deal's details and its next step, as one change. The currency stays: every impact and price of the deal is in it.</summary>
    public void Update(string name, DateOnly? expectedClose, decimal? budget, IEnumerable<string> competitors, NextStep? nextStep)
    {
        NextStepText = nextStep?.Text ?? "";
        NextStepDue = nextStep?.Due;
        Name = name;
        ExpectedClose = expectedClose;
        Budget = budget;
        _competitors = competitors.ToList();
        Version++;
    }

    /// <summary>Sets or (with null) clears the next step; false when it was already so.</summary>
    public bool SetNextStep(NextStep? next)
    {
        if (next == NextStep)
        {
            return false;
        }
        NextStepText = next?.Text ?? "";
        NextStepDue = next?.Due;
        Version++;
        return true;
    }

    public void MoveTo(OpportunityStage stage)
    {
        Stage = stage;
        Version++;
    }

    public void Reassign(string ownerId)
    {
        OwnerId = ownerId;
        Version++;
    }
}
