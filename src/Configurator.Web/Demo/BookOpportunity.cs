namespace Configurator.Web.Demo;

public sealed record BookOpportunity(
    string Name,
    string Stage,
    DateOnly ExpectedClose,
    decimal Budget,
    string Currency,
    IReadOnlyList<string> Competitors,
    string OwnerEmail,
    IReadOnlyList<BookStakeholder> Stakeholders,
    IReadOnlyList<BookPainPoint> PainPoints);
