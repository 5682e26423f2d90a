namespace Configurator.Web.Demo;

public sealed record BookAccount(
    string Name,
    string Industry,
    string Region,
    string Size,
    string OwnerEmail,
    string Notes,
    IReadOnlyList<BookOpportunity> Opportunities);
