namespace Configurator.Web.Features.Dashboard;

public sealed record DashboardViewModel(
    string DisplayName,
    int UserCount,
    int LockedOutCount,
    IReadOnlyList<(string Role, int Count)> UsersByRole,
    bool CanManageUsers,
    IReadOnlyList<(string Label, int Count)> CatalogueByStatus,
    int CategoryCount);
