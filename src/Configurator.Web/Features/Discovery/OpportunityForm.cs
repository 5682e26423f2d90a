namespace Configurator.Web.Features.Discovery;

public sealed class OpportunityForm
{
    public string? Name { get; set; }

    public string? Currency { get; set; } = "EUR";

    public DateOnly? ExpectedClose { get; set; }

    /// <summary>As typed ("250k", "€250,000"); read by <see cref="AmountFields"/> in the deal's currency.</summary>
    public string? Budget { get; set; }

    /// <summary>Competitors separated by commas.</summary>
    public string? Competitors { get; set; }

    public string? NextStep { get; set; }

    public DateOnly? NextStepDue { get; set; }

    public int Version { get; set; }

    public IReadOnlyList<string> CompetitorList => (Competitors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public OpportunityDetailsInput ToDetailsInput(decimal? budget) => new(Name, ExpectedClose, budget, CompetitorList, NextStep, NextStepDue);

    /// <summary>A new deal of the account; a page starts it in discovery, with no people or pain points yet.</summary>
    public OpportunityInput ToInput(int accountId, decimal? budget) =>
        new(accountId, Name, CurrencyCode, "discovery", ExpectedClose, budget, CompetitorList, [], []);

    public string? CurrencyCode => Currency?.Trim().ToUpperInvariant();
}
