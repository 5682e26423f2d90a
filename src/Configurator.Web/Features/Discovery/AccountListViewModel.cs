using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

public sealed record AccountListViewModel(
    AccountListQuery Query,
    PagedList<AccountRow> Rows,
    IReadOnlyDictionary<string, string> Owners,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> Regions,
    bool CanCreate)
{
    /// <summary>The name searched for when nothing matched it, for the offer to create that account; else null.</summary>
    public string? CreateOffer => CanCreate && Rows.Total == 0 && Query.Q?.Trim() is { Length: > 0 } name ? name : null;
}
