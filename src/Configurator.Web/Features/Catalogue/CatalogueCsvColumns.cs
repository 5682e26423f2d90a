using System.Globalization;
using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// The catalogue CSV's columns and an item as those columns: what an export writes for an item, and what
/// an import compares a row with (an empty cell keeps the item's value).
/// </summary>
public static class CatalogueCsvColumns
{
    // The translated fields of the item, one column per field and language ("name.zh-CN"), after the default language's.
    private static readonly string[] _translatedFields = ["name", "summary", "proposalText", "unit", "differentiators"];

    public static readonly string[] All =
    [
        "code", "kind", "name", "status", "model", "unit", "maxDiscountPercent", "minQuantity", "maxQuantity", "defaultQuantity",
        "currency", "listPrice", "unitCost", "addresses", "requires", "excludes", "differentiators", "summary", "proposalText",
        .. CatalogueLanguages.Translated.SelectMany(TranslationColumns),
    ];

    // Columns that describe the item (the same on each of its rows), as opposed to one price.
    public static readonly string[] OfTheItem = All.Except(["currency", "listPrice", "unitCost"]).ToArray();

    // Columns a "-" empties; the others every item needs, so a "-" there is refused.
    public static readonly string[] Clearable =
    [
        "summary", "proposalText", "addresses", "requires", "excludes", "differentiators",
        .. CatalogueLanguages.Translated.SelectMany(TranslationColumns),
    ];

    private static IEnumerable<string> TranslationColumns(string language) => _translatedFields.Select(f => $"{f}.{language}");

    /// <summary>The item's columns as an export writes them (without its prices).</summary>
    public static Dictionary<string, string> Of(OfferItemSpec item)
    {
        var cells = DefaultCells(item);
        foreach (var language in CatalogueLanguages.Translated)
        {
            var texts = item.Translations.GetValueOrDefault(language) ?? ItemTexts.Empty;
            cells[$"name.{language}"] = texts.Name;
            cells[$"summary.{language}"] = texts.Summary;
            cells[$"proposalText.{language}"] = texts.ProposalText;
            cells[$"unit.{language}"] = texts.Unit;
            cells[$"differentiators.{language}"] = string.Join(" | ", texts.Differentiators);
        }
        return cells;
    }

    private static Dictionary<string, string> DefaultCells(OfferItemSpec item) => new()
    {
        ["code"] = item.Code,
        ["kind"] = CatalogueTerms.Code(item.Kind),
        ["name"] = item.Name,
        ["status"] = CatalogueTerms.Code(item.Status),
        ["model"] = CatalogueTerms.Code(item.Model),
        ["unit"] = item.Unit,
        ["maxDiscountPercent"] = Number(item.MaxDiscountPercent),
        ["minQuantity"] = Number(item.Quantity.Min),
        ["maxQuantity"] = Number(item.Quantity.Max),
        ["defaultQuantity"] = Number(item.Quantity.Default),
        ["addresses"] = string.Join(" ", item.Addresses.Select(a => a.ImprovementPercent is { } improvement
            ? string.Create(CultureInfo.InvariantCulture, $"{a.Category}:{a.Strength}:{improvement:0.##}")
            : $"{a.Category}:{a.Strength}")),
        ["requires"] = string.Join(" ", item.Requires),
        ["excludes"] = string.Join(" ", item.Excludes),
        ["differentiators"] = string.Join(" | ", item.Differentiators),
        ["summary"] = item.Summary,
        ["proposalText"] = item.ProposalText,
    };

    public static string Number(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? "";

    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
