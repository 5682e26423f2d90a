namespace Configurator.Web.Demo;

public sealed record BookPainPoint(
    string Title,
    string Category,
    string ClientWords,
    int Severity,
    decimal? AnnualImpact,
    string? RaisedBy);
