
namespace Configurator.Web.Features.Discovery;

public sealed record PainPointResponse(int Id, string Title, string Category, string ClientWords, int Severity, decimal? AnnualImpact,
    int? RaisedBy, string CapturedById, string CapturedBy, DateTimeOffset CapturedAt, int Priority, int Version);
