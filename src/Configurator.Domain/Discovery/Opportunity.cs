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

    public string Currency { get; private set; } = "";

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
        string currency, IEnumerable<string> competitors, string ownerId, DateTimeOffset at) => new()
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

    /// <summary>Adds a person to the decision chain; <paramref name="caresAbout"/> keeps only ids of this opportunity's saved pain points.</summary>
    public Stakeholder AddStakeholder(string name, string title, StakeholderRole role, Stance stance, int influence, string notes, IEnumerable<int>? caresAbout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(influence, DiscoveryLimits.MinInfluence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(influence, DiscoveryLimits.MaxInfluence);
        var stakeholder = Stakeholder.Create(this, name, title, role, stance, influence, notes, caresAbout ?? []);
        _stakeholders.Add(stakeholder);
        return stakeholder;
    }

    /// <summary>Adds a pain point at the end of the priority order; who raised it must be in this opportunity's decision chain.</summary>
    public PainPoint AddPainPoint(string title, string category, string clientWords, int severity, decimal? annualImpact,
        Stakeholder? raisedBy, string capturedById, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(severity, DiscoveryLimits.MinSeverity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(severity, DiscoveryLimits.MaxSeverity);
        if (raisedBy is not null && !_stakeholders.Contains(raisedBy))
        {
            throw new ArgumentException("The stakeholder who raised a pain point belongs to the same opportunity.", nameof(raisedBy));
        }
        var painPoint = PainPoint.Create(this, title, category, clientWords, severity, annualImpact, raisedBy, capturedById, at, _painPoints.Count + 1);
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
