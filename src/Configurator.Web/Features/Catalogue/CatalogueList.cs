using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// Filters, sorts and pages the catalogue in memory: a catalogue holds hundreds of items, not
/// millions, and SQLite cannot order by decimal prices anyway.
/// </summary>
public static class CatalogueList
{
    public static (IReadOnlyList<CatalogueListRow> Page, int Total, int PageCount) Apply(
        IEnumerable<OfferItemSpec> items, CatalogueListQuery query, string currency, IReadOnlyCollection<string> currenciesInUse)
    {
        var rows = items.Select(i => new CatalogueListRow(i, i.PriceIn(currency), PriceGaps.MissingCurrencies(i, currenciesInUse), CatalogueListRow.UntranslatedIn(i)));
        if (CatalogueLanguages.Translation(query.Untranslated) is { } language)
        {
            rows = rows.Where(r => r.Untranslated.Contains(language));
        }
        if (!string.IsNullOrWhiteSpace(query.Missing))
        {
            rows = rows.Where(r => r.MissingPrices.Contains(query.Missing));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim();
            rows = rows.Where(r => Matches(r.Item, term));
        }
        if (CatalogueTerms.TryParseKind(query.Kind, out var kind))
        {
            rows = rows.Where(r => r.Item.Kind == kind);
        }
        if (CatalogueTerms.TryParseStatus(query.Status, out var status))
        {
            rows = rows.Where(r => r.Item.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            rows = rows.Where(r => r.Item.Addresses.Any(a => a.Category == query.Category));
        }
        var descending = query.Dir == "desc";
        rows = query.Sort switch
        {
            "name" => Order(rows, r => r.Item.Name, descending),
            "kind" => Order(rows, r => r.Item.Kind, descending),
            "status" => Order(rows, r => r.Item.Status, descending),
            // Unpriced items go last whichever the direction.
            "price" => descending
                ? rows.OrderBy(r => r.Price is null).ThenByDescending(r => r.Price?.ListPrice)
                : rows.OrderBy(r => r.Price is null).ThenBy(r => r.Price?.ListPrice),
            _ => Order(rows, r => r.Item.Code, descending),
        };
        var all = rows.ToList();
        var pageCount = Math.Max(1, (all.Count + CatalogueListQuery.PageSize - 1) / CatalogueListQuery.PageSize);
        query.Page = Math.Clamp(query.Page, 1, pageCount);
        return (all.Skip((query.Page - 1) * CatalogueListQuery.PageSize).Take(CatalogueListQuery.PageSize).ToList(), all.Count, pageCount);
    }

    /// <summary>Whether a search term finds the item: part of its code or of its name in any language, in any case.</summary>
    public static bool Matches(OfferItemSpec item, string term) =>
        item.Code.Contains(term, StringComparison.OrdinalIgnoreCase) || item.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
        || item.Translations.Values.Any(t => t.Name.Contains(term, StringComparison.OrdinalIgnoreCase));

    /// <summary>The items a rule picker offers for a term: codes that start with it first, never the item itself.</summary>
    public static RuleMatchesModel RuleMatches(IEnumerable<OfferItemSpec> items, string field, string? term, string? self)
    {
        var query = term?.Trim() ?? "";
        if (query.Length == 0)
        {
            return RuleMatchesModel.Empty(field);
        }
        var found = items.Where(i => i.Code != self && Matches(i, query))
            .OrderBy(i => i.Code.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(i => i.Code, StringComparer.Ordinal)
            .ToList();
        return new RuleMatchesModel(field, query, found.Take(RuleMatchesModel.Limit).Select(i => (i.Code, i.Name)).ToList(), Math.Max(0, found.Count - RuleMatchesModel.Limit));
    }

    private static IOrderedEnumerable<CatalogueListRow> Order<T>(IEnumerable<CatalogueListRow> rows, Func<CatalogueListRow, T> key, bool descending) =>
        descending ? rows.OrderByDescending(key).ThenBy(r => r.Item.Code, StringComparer.Ordinal) : rows.OrderBy(key).ThenBy(r => r.Item.Code, StringComparer.Ordinal);
}
