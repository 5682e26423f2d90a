using System.Globalization;
using System.Text.RegularExpressions;
using Configurator.Domain.Catalogue;
using CsvHelper;

namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// The item list as CSV for people who keep prices in a spreadsheet: one row per item and currency,
/// rules as code lists. Reading it gives the same catalogue file the JSON import takes, so the same
/// rules, dry run and history apply; issues point at rows and columns instead of JSON paths.
/// </summary>
public static partial class CatalogueCsv
{
    /// <summary>The cell a file writes to say "make this empty"; an empty cell says "leave this as it is".</summary>
    public const string Clear = "-";

    private const char InjectionEscape = '\'';

    /// <summary>The items as rows, one per price; without <paramref name="withUnitCosts"/> the unitCost column is left out (importing such a file keeps the costs).</summary>
    public static string Write(IEnumerable<OfferItemSpec> items, bool withUnitCosts = true)
    {
        var columns = withUnitCosts ? CatalogueCsvColumns.All : CatalogueCsvColumns.All.Where(c => c != "unitCost").ToArray();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Text that a spreadsheet would run as a formula is written with a leading apostrophe; Read removes it.
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { Injection = CsvInjection.Escape, InjectionEscape = InjectionEscape }, leaveOpen: true))
        {
            csv.WriteHeader(columns);
            foreach (var item in items.OrderBy(i => i.Code, StringComparer.Ordinal))
            {
                var cells = CatalogueCsvColumns.Of(item);
                var prices = item.Prices.Count > 0 ? item.Prices.Select(p => (ItemPrice?)p) : [null];
                foreach (var price in prices)
                {
                    cells["currency"] = price?.Currency ?? "";
                    cells["listPrice"] = CatalogueCsvColumns.Number(price?.ListPrice);
                    cells["unitCost"] = CatalogueCsvColumns.Number(price?.UnitCost);
                    csv.WriteRecord(columns.Select(c => cells[c]).ToArray());
                }
            }
            csv.Flush();
        }
        return text.ToString();
    }

    /// <summary>
    /// The file the CSV describes, or the problems that stop it being read, each at a row and column. For an
    /// item the catalogue already holds, an empty cell keeps what the item has and a "-" empties the value;
    /// prices are matched by currency, and a currency the file does not mention keeps its price.
    /// </summary>
    public static CsvRead Read(string text, IReadOnlyDictionary<string, OfferItemSpec>? existing = null)
    {
        existing ??= new Dictionary<string, OfferItemSpec>();
        var issues = new List<CatalogueIssue>();
        var items = new List<(int Row, Dictionary<string, string> Fields, List<(int Row, Dictionary<string, string> Cells)> Prices)>();
        try
        {
            using var csv = CsvReader.Create(new StringReader(text), CsvReaderOptions.Default with { MissingField = CsvMissingFieldHandling.ReturnEmpty }, leaveOpen: false);
            var missing = new[] { "code", "name", "currency", "listPrice" }.Where(c => !csv.Headers.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                return new CsvRead(null, [new("row 1", $"The header row lacks {string.Join(", ", missing)}. Start from an exported file: its first row names every column.")], []);
            }
            var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
            var row = 1;
            while (csv.Read())
            {
                row++;
                var fields = CatalogueCsvColumns.All.ToDictionary(c => c, c => csv.Headers.Contains(c) ? Unescape(csv.GetString(c)) : "");
                var code = fields["code"].Trim();
                if (!byCode.TryGetValue(code, out var index))
                {
                    byCode[code] = index = items.Count;
                    items.Add((row, fields, []));
                }
                else
                {
                    var first = items[index];
                    foreach (var column in CatalogueCsvColumns.OfTheItem.Where(c => fields[c].Length > 0))
                    {
                        if (first.Fields[column].Length == 0)
                        {
                            first.Fields[column] = fields[column];
                        }
                        else if (fields[column] != first.Fields[column])
                        {
                            issues.Add(new($"row {row}, {column}", $"Differs from row {first.Row} of the same item {code}; the item's columns must be the same on each of its rows (or left empty)."));
                        }
                    }
                }
                if (fields["currency"].Trim().Length > 0 || fields["listPrice"].Trim().Length > 0)
                {
                    items[index].Prices.Add((row, new Dictionary<string, string>
                    {
                        ["currency"] = fields["currency"],
                        ["listPrice"] = fields["listPrice"],
                        ["unitCost"] = fields["unitCost"],
                    }));
                }
            }
        }
        catch (CsvFormatException e)
        {
            return new CsvRead(null, [new("file", $"This is not a readable CSV file: {e.Message}")], []);
        }
        if (items.Count == 0 && issues.Count == 0)
        {
            issues.Add(new("file", "The file has a header but no item rows."));
        }

        var fileItems = new List<CatalogueFileItem?>();
        var rows = new List<(int Row, IReadOnlyList<int> PriceRows)>();
        foreach (var (row, fields, priceRows) in items)
        {
            var before = existing.GetValueOrDefault(fields["code"].Trim());
            var prices = MergePrices(before, priceRows, row, issues);
            fileItems.Add(ToItem(row, Merge(before, fields, row, issues), prices.Select(p => p.Price).ToList(), issues));
            rows.Add((row, prices.Select(p => p.Row).ToList()));
        }
        return new CsvRead(issues.Count > 0 ? null : new CatalogueFile(null, fileItems), issues, rows);
    }

    /// <summary>Says where a JSON-path issue of the file is in the CSV: "items[2].pricing.prices[1].listPrice" → "row 7, listPrice".</summary>
    public static string Locate(string path, IReadOnlyList<(int Row, IReadOnlyList<int> PriceRows)> rows)
    {
        var match = ItemPath().Match(path);
        if (!match.Success || int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var index && index >= rows.Count)
        {
            return path;
        }
        var (row, priceRows) = rows[index];
        if (match.Groups[2].Success && int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) is var price && price < priceRows.Count)
        {
            row = priceRows[price];
        }
        var rest = match.Groups[3].Value;
        var column = rest switch
        {
            "quantity.min" => "minQuantity",
            "quantity.max" => "maxQuantity",
            "quantity.default" => "defaultQuantity",
            "" => "",
            _ when rest.StartsWith("translations.", StringComparison.Ordinal) && rest.Split('.') is { Length: >= 3 } parts
                => $"{parts[2].Split('[')[0]}.{parts[1]}",
            _ => rest.Split('.', '[').Where(s => s.Length > 0 && s != "pricing").FirstOrDefault() ?? rest,
        };
        return column.Length == 0 ? $"row {row}" : $"row {row}, {column}";
    }

    /// <summary>The item's columns with every empty cell filled from the item as it is, and each "-" emptied.</summary>
    private static Dictionary<string, string> Merge(OfferItemSpec? before, Dictionary<string, string> fields, int row, List<CatalogueIssue> issues)
    {
        var cells = before is null ? null : CatalogueCsvColumns.Of(before);
        var merged = new Dictionary<string, string>(fields);
        foreach (var column in CatalogueCsvColumns.OfTheItem)
        {
            if (IsClear(fields[column]))
            {
                if (!CatalogueCsvColumns.Clearable.Contains(column))
                {
                    issues.Add(new($"row {row}, {column}", $"Every item needs a {column}, so it cannot be emptied with {Clear}; leave the cell empty to keep the item's {column}."));
                }
                merged[column] = "";
            }
            else if (fields[column].Trim().Length == 0 && cells is not null)
            {
                merged[column] = cells[column];
            }
        }
        return merged;
    }

    /// <summary>
    /// The item's prices: each row's currency with its empty cells filled from the price it has now, a "-" list
    /// price removing that currency and a "-" unit cost emptying the cost; currencies no row mentions keep their price.
    /// </summary>
    private static List<(int Row, CatalogueFilePrice Price)> MergePrices(OfferItemSpec? before, List<(int Row, Dictionary<string, string> Cells)> rows, int itemRow, List<CatalogueIssue> issues)
    {
        var result = new List<(int Row, CatalogueFilePrice Price)>();
        var mentioned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, cells) in rows)
        {
            var currency = cells["currency"].Trim();
            mentioned.Add(currency);
            var old = before?.Prices.FirstOrDefault(p => string.Equals(p.Currency, currency, StringComparison.OrdinalIgnoreCase));
            if (IsClear(cells["listPrice"]))
            {
                continue;
            }
            var listPrice = cells["listPrice"].Trim().Length == 0 ? old?.ListPrice : ParseDecimal(cells["listPrice"], $"row {row}, listPrice", issues);
            var unitCost = IsClear(cells["unitCost"]) ? null
                : cells["unitCost"].Trim().Length == 0 ? old?.UnitCost
                : ParseDecimal(cells["unitCost"], $"row {row}, unitCost", issues);
            result.Add((row, new CatalogueFilePrice(currency, listPrice, unitCost)));
        }
        foreach (var kept in before?.Prices.Where(p => !mentioned.Contains(p.Currency)) ?? [])
        {
            result.Add((itemRow, new CatalogueFilePrice(kept.Currency, kept.ListPrice, kept.UnitCost)));
        }
        return result;
    }

    private static bool IsClear(string value) => value.Trim() == Clear;

    private static CatalogueFileItem ToItem(int row, Dictionary<string, string> fields, List<CatalogueFilePrice> prices, List<CatalogueIssue> issues)
    {
        var addresses = new List<CatalogueFileAddress?>();
        foreach (var entry in Split(fields["addresses"]))
        {
            var parts = entry.Split(':');
            decimal improvement = 0;
            if (parts.Length is not (2 or 3) || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var strength)
                || (parts.Length == 3 && !decimal.TryParse(parts[2].TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out improvement)))
            {
                issues.Add(new($"row {row}, addresses", $"'{entry}' should be CATEGORY:STRENGTH, e.g. SLOW-FULFIL:3, or with the share of the pain's cost the item removes, SLOW-FULFIL:3:45."));
                continue;
            }
            addresses.Add(new CatalogueFileAddress(parts[0], strength) { ImprovementPercent = parts.Length == 3 ? improvement : null });
        }
        var translations = CatalogueLanguages.Translated.ToDictionary(
            language => language,
            language => (CatalogueFileItemTexts?)new CatalogueFileItemTexts(
                fields[$"name.{language}"], fields[$"summary.{language}"], fields[$"proposalText.{language}"], fields[$"unit.{language}"],
                Differentiators(fields[$"differentiators.{language}"])));
        return new CatalogueFileItem(
            fields["code"], fields["kind"], fields["name"], fields["summary"], fields["proposalText"], fields["status"],
            new CatalogueFilePricing(fields["model"], fields["unit"], ParseDecimal(fields["maxDiscountPercent"], $"row {row}, maxDiscountPercent", issues), prices.Select(p => (CatalogueFilePrice?)p).ToList()),
            new CatalogueFileQuantity(ParseInt(fields["minQuantity"], $"row {row}, minQuantity", issues), ParseInt(fields["maxQuantity"], $"row {row}, maxQuantity", issues), ParseInt(fields["defaultQuantity"], $"row {row}, defaultQuantity", issues)),
            addresses,
            Split(fields["requires"]).Select(c => (string?)c).ToList(),
            Split(fields["excludes"]).Select(c => (string?)c).ToList(),
            Differentiators(fields["differentiators"]))
        { Translations = translations };
    }

    private static List<string?> Differentiators(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => (string?)d).ToList();

    private static string[] Split(string list) => list.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == InjectionEscape && value[1] is '=' or '@' or '+' or '-' or '\t' or '\r' ? value[1..] : value;

    private static decimal? ParseDecimal(string value, string where, List<CatalogueIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        issues.Add(new(where, $"'{value}' is not a number; write it like 1234.50, with a point for decimals and no currency sign."));
        return null;
    }

    private static int? ParseInt(string value, string where, List<CatalogueIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        issues.Add(new(where, $"'{value}' is not a whole number."));
        return null;
    }

    [GeneratedRegex(@"^items\[(\d+)\](?:\.pricing\.prices\[(\d+)\])?\.?(.*)$")]
    private static partial Regex ItemPath();
}
