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

    /// <summary>The yearly cost the client agreed to; null while only the rep's <see cref="AnnualImpact"/> estimate exists.</summary>
    public decimal? BaselineAmount { get; private set; }

    /// <summary>The person of the account who confirmed the baseline (kept by name and title below should they leave).</summary>
    public int? BaselineConfirmedById { get; private set; }

    public string BaselineConfirmedBy { get; private set; } = "";

    public string BaselineConfirmedByTitle { get; private set; } = "";

    public DateOnly? BaselineConfirmedOn { get; private set; }

    /// <summary>What the client confirmed, or null when nobody has.</summary>
    public ConfirmedBaseline? Baseline => BaselineAmount is { } amount && BaselineConfirmedOn is { } on
        ? new(amount, BaselineConfirmedById, BaselineConfirmedBy, BaselineConfirmedByTitle, on)
        : null;

    /// <summary>The yearly cost the value case uses: the client's confirmed figure over the rep's estimate.</summary>
    public decimal? AnnualCost => BaselineAmount ?? AnnualImpact;

    /// <summary>The pain point as the engine weighs it: at the client's confirmed cost where they agreed one.</summary>
    public Engine.ClientPain ToClientPain() => new(Id, Title, Category, Severity, AnnualCost) { Baseline = Baseline };

    /// <summary>Records the yearly cost as the client agreed it, who at the client confirmed it and when (checked by <see cref="DiscoveryValidation.Baseline"/>).</summary>
    public void ConfirmBaseline(decimal amount, Person confirmedBy, DateOnly on, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (confirmedBy.AccountId != Opportunity.AccountId)
        {
            throw new ArgumentException("The person who confirms a baseline belongs to the deal's account.", nameof(confirmedBy));
        }
        BaselineAmount = amount;
        BaselineConfirmedById = confirmedBy.Id;
        BaselineConfirmedBy = confirmedBy.Name;
        BaselineConfirmedByTitle = confirmedBy.Title;
        BaselineConfirmedOn = on;
        ChangedAt = at;
        Version++;
    }

    /// <summary>Takes the confirmation back: the value case uses the rep's estimate again.</summary>
    public void ClearBaseline(DateTimeOffset at)
    {
        BaselineAmount = null;
        BaselineConfirmedById = null;
        BaselineConfirmedBy = "";
        BaselineConfirmedByTitle = "";
        BaselineConfirmedOn = null;
        ChangedAt = at;
        Version++;
    }

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
