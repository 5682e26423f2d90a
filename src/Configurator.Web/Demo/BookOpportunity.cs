namespace Configurator.Web.Demo;

/// <summary>A generated deal; an open one has a next step (<see cref="NextStep"/> and <see cref="NextStepDue"/>), a closed one has none.</summary>
public sealed record BookOpportunity(
    string Name,
    string Stage,
    DateOnly ExpectedClose,
    decimal Budget,
    string Currency,
    IReadOnlyList<string> Competitors,
    string OwnerEmail,
    IReadOnlyList<BookStakeholder> Stakeholders,
    IReadOnlyList<BookPainPoint> PainPoints,
    string NextStep,
    DateOnly? NextStepDue);
