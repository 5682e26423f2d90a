using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Dashboard;

public sealed record DashboardViewModel(
    string DisplayName,
    int UserCount,
    int LockedOutCount,
    IReadOnlyList<(string Role, int Count)> UsersByRole,
    bool CanManageUsers,
    IReadOnlyList<(ItemStatus Status, int Count)> CatalogueByStatus,
    int CategoryCount)
{
    /// <summary>A stat's label, one whole phrase per status so each language can word it.</summary>
    public static string CatalogueItemsLabel(ItemStatus status) => status switch
    {
        ItemStatus.Draft => "Draft catalogue items",
        ItemStatus.Active => "Active catalogue items",
        _ => "Retired catalogue items",
    };
}
