
namespace Configurator.Web.Features.Discovery;

public sealed record AccountListViewModel(
    AccountListQuery Query,
    IReadOnlyList<AccountRow> Rows,
    int Total,
    IReadOnlyDictionary<string, string> Owners,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> Regions);
