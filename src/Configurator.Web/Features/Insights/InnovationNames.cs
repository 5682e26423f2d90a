using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Localization;

namespace Configurator.Web.Features.Insights;

/// <summary>Names each innovation in the reader's language from the catalogue snapshot; an item no longer there keeps its code.</summary>
public sealed class InnovationNames(ConfiguratorDbContext db, CatalogueCache catalogue)
{
    public async Task<IReadOnlyList<InnovationRow>> NameAsync(IReadOnlyList<InnovationUse> uses, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        return uses.Select(u => new InnovationRow(u, snapshot.ByCode.GetValueOrDefault(u.ItemCode)?.TextsFor(Languages.Current).Name ?? u.ItemCode)).ToList();
    }
}
