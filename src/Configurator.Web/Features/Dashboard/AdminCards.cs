using Configurator.Web.Documents;

namespace Configurator.Web.Features.Dashboard;

/// <summary>An admin's home: the people by role, the accounts locked out now, and whether PDFs can be printed.</summary>
public sealed record AdminCards(
    int People,
    IReadOnlyList<(string Role, int Count)> ByRole,
    IReadOnlyList<AdminCards.LockedOut> Locked,
    BrowserState Pdf,
    string PdfDetail)
{
    public sealed record LockedOut(string Id, string Name, string Email, DateTimeOffset Until);
}
