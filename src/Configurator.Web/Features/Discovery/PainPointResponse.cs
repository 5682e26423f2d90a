
namespace Configurator.Web.Features.Discovery;

public sealed record PainPointResponse(int Id, string Title, string Category, string ClientWords, int Severity, decimal? AnnualImpact,
    int? RaisedBy, string CapturedById, string CapturedBy, DateTimeOffset CapturedAt, int Priority, int Version)
{
    /// <summary>The yearly cost as the client agreed it, with who confirmed it and when; null while only <see cref="AnnualImpact"/>, the rep's estimate, exists.</summary>
    public BaselineResponse? Baseline { get; init; }
}

/// <param name="ConfirmedBy">The id of the account's person who confirmed it; name and title as they were then.</param>
public sealed record BaselineResponse(decimal Amount, int? ConfirmedBy, string ConfirmedByName, string ConfirmedByTitle, DateOnly ConfirmedOn)
{
    public static BaselineResponse? From(Configurator.Domain.Discovery.ConfirmedBaseline? baseline) =>
        baseline is { } b ? new(b.Amount, b.PersonId, b.Name, b.Title, b.ConfirmedOn) : null;
}
