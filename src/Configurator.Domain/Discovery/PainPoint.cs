namespace Configurator.Domain.Discovery;

/// <summary>What hurts the client, in their own words, with how much it costs them a year when known.</summary>
public sealed class PainPoint
{
    private PainPoint()
    {
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public Opportunity Opportunity { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public string Category { get; private set; } = "";

    public string ClientWords { get; private set; } = "";

    public int Severity { get; private set; }

    public decimal? AnnualImpact { get; private set; }

    public int? RaisedById { get; private set; }

    public Stakeholder? RaisedBy { get; private set; }

    /// <summary>The id of the user who captured it; pages and the API show their name.</summary>
    public string CapturedById { get; private set; } = "";

    public DateTimeOffset CapturedAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>1 is the client's most pressing pain.</summary>
    public int Priority { get; private set; }

    public int Version { get; private set; }

    /// <summary>Changes what the rep recorded; who captured it first stays.</summary>
    public void Update(string title, string category, string clientWords, int severity, decimal? annualImpact, Stakeholder? raisedBy, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(severity, DiscoveryLimits.MinSeverity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(severity, DiscoveryLimits.MaxSeverity);
        if (raisedBy is not null && !Opportunity.Stakeholders.Contains(raisedBy))
        {
            throw new ArgumentException("The stakeholder who raised a pain point belongs to the same opportunity.", nameof(raisedBy));
        }
        Title = title;
        Category = category;
        ClientWords = clientWords;
        Severity = severity;
        AnnualImpact = annualImpact;
        RaisedBy = raisedBy;
        RaisedById = raisedBy?.Id;
        ChangedAt = at;
        Version++;
    }

    internal void MoveTo(int priority) => Priority = priority;

    internal static PainPoint Create(Opportunity opportunity, string title, string category, string clientWords, int severity,
        decimal? annualImpact, Stakeholder? raisedBy, string capturedById, DateTimeOffset at, int priority) => new()
        {
            Opportunity = opportunity,
            Title = title,
            Category = category,
            ClientWords = clientWords,
            Severity = severity,
            AnnualImpact = annualImpact,
            RaisedBy = raisedBy,
            CapturedById = capturedById,
            CapturedAt = at,
            ChangedAt = at,
            Priority = priority,
            Version = 1,
        };
}
