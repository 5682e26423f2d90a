namespace Configurator.Web.Features.Discovery;

public sealed class OpportunityForm
{
    public string? Name { get; set; }

    public string? Currency { get; set; } = "EUR";

    public DateOnly? ExpectedClose { get; set; }

    public decimal? Budget { get; set; }

    /// <summary>Competitors separated by commas.</summary>
    public string? Competitors { get; set; }

    public string? NextStep { get; set; }

    public DateOnly? NextStepDue { get; set; }

    public int Version { get; set; }

    public IReadOnlyList<string> CompetitorList => (Competitors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public OpportunityDetailsInput ToDetailsInput() => new(Name, ExpectedClose, Budget, CompetitorList, NextStep, NextStepDue);

    /// <summary>A new deal of the account; a page starts it in discovery, with no people or pain points yet.</summary>
    public OpportunityInput ToInput(int accountId) =>
        new(accountId, Name, Currency?.Trim().ToUpperInvariant(), "discovery", ExpectedClose, Budget, CompetitorList, [], []);
}
