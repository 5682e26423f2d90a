using System.Globalization;
using System.Text.RegularExpressions;
using Configurator.Domain.Catalogue;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// An item's history as the reader may read it: the values the catalogue recorded in its fixed English forms
/// (a kind, "1–10, default 5", "EUR 1200.00 (cost 800.00)") in the reader's language, and unit costs only for
/// the roles that may see costs (a change of cost alone is then not shown at all).
/// </summary>
public sealed partial class ItemHistoryWords(IStringLocalizer<Text> T, bool canSeeCosts)
{
    private static readonly string[] _knownActions = ["Created", "Edited", "Created by import", "Updated by import"];

    // Merges name their categories ("Category A merged into B"): those stay as recorded.
    public string Action(string action) => _knownActions.Contains(action) ? T[action] : action;

    /// <summary>The changes the reader sees: all of them, less a change of unit cost alone for a reader who may not see costs.</summary>
    public IEnumerable<FieldChange> Changes(IEnumerable<FieldChange> changes) =>
        changes.Where(c => c.Field != "Prices" || Value(c.Field, c.Before) != Value(c.Field, c.After));

    public string Value(string field, string value)
    {
        if (value.Length == 0)
        {
            return value;
        }
        switch (field)
        {
            case "Kind" or "Status" or "Pricing model":
                return T[value];
            case "Quantity" when QuantityBounds().Match(value) is { Success: true } bounds:
                return T["{0}–{1}, default {2}", Whole(bounds.Groups[1].Value), Whole(bounds.Groups[2].Value), Whole(bounds.Groups[3].Value)];
            case "Prices":
                return UnitCost().Replace(value, cost => canSeeCosts ? " " + T["(cost {0})", cost.Groups[1].Value].Value : "").Trim();
            default:
                return value;
        }
    }

    private static string Whole(string digits) => Display.Number(decimal.Parse(digits, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(\d+)–(\d+), default (\d+)$")]
    private static partial Regex QuantityBounds();

    [GeneratedRegex(@" ?\(cost ([\d.]+)\)")]
    private static partial Regex UnitCost();
}
