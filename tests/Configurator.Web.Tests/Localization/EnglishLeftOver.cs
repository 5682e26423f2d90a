using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Localization;

/// <summary>
/// Finds English words a Chinese page still shows: text and the attributes people read (placeholder,
/// title, aria-label, alt, button values), once what users typed (read from the database) is taken out.
/// </summary>
public sealed partial class EnglishLeftOver(IReadOnlyList<string> userData)
{
    /// <summary>
    /// Names that read the same in both languages: products, keys on the keyboard, file extensions, and the
    /// sample client the proposal-text preview fills in. Words in capitals (codes, CFO, ERP, PDF) pass too.
    /// </summary>
    private static readonly HashSet<string> _allowed = new(StringComparer.Ordinal)
    {
        "Configurator", "English", "Chrome", "Chromium", "Ctrl", "Enter", "json", "csv", "Nordby", "Foods",
        "null", "unitCost", "translations", // JSON words the import's help names

    };

    private static readonly string[] _readAttributes = ["placeholder", "title", "aria-label", "alt", "aria-description"];

    /// <summary>Columns whose words are the app's own (stages, statuses, generated sentences), not user data: these must be translated.</summary>
    public static readonly HashSet<string> NotUserData = new(StringComparer.OrdinalIgnoreCase)
    {
        "Opportunities.Stage", "Opportunities.Currency", "Proposals.Status", "Proposals.Language", "Proposals.Currency",
        "OfferItems.Kind", "OfferItems.Status", "OfferItems.Model", "OfferItems.Prices", "OfferItems.Addresses",
        "OfferItemHistory.Action", "OfferItemHistory.Changes", "Activity.Kind", "Activity.Summary", "Activity.Detail", "Activity.Words",
        "ProposalEvents.Action", "ProposalEvents.From", "ProposalEvents.To", "Stakeholders.Role", "Stakeholders.Stance",
        "Accounts.Industry", "Accounts.Region", "PainPoints.Category", "PainCategories.Name", "PainCategories.Description",
        "ProposalRevisions.Html", "ProposalRevisions.Data", "Brand.PrimaryColour", "Brand.LogoContentType",
    };

    public IReadOnlyList<string> In(string html)
    {
        var page = Html.Parse(html);
        foreach (var skipped in page.QuerySelectorAll("script, style, noscript, template, code, pre, svg").ToList())
        {
            skipped.Remove();
        }
        // Text marked as another language on purpose (the language switch's "English", a quote in English).
        foreach (var other in page.QuerySelectorAll("body [lang]").Where(e => !e.GetAttribute("lang")!.StartsWith("zh", StringComparison.Ordinal)).ToList())
        {
            other.Remove();
        }
        var texts = new List<string> { page.Title ?? "" };
        var body = page.Body ?? throw new Xunit.Sdk.XunitException("The page has no body.");
        texts.AddRange(body.Descendants<IText>().Select(t => t.Data));
        foreach (var element in body.QuerySelectorAll("*"))
        {
            texts.AddRange(_readAttributes.Select(name => element.GetAttribute(name)).OfType<string>());
            if (element is AngleSharp.Html.Dom.IHtmlInputElement { Type: "submit" or "button" } button)
            {
                texts.Add(button.Value);
            }
        }
        var words = new List<string>();
        foreach (var text in texts.Select(Normalise).Where(t => t.Length > 0))
        {
            // Column names such as name.zh-CN are the file format's words, written as they are in any language.
            var columns = ColumnName().Replace(text, " ");
            var rest = userData.Aggregate(columns, (current, data) => current.Contains(data, StringComparison.Ordinal) ? current.Replace(data, " ", StringComparison.Ordinal) : current);
            var english = Word().Matches(rest).Select(m => m.Value).Where(w => !_allowed.Contains(w) && w != w.ToUpperInvariant()).ToList();
            if (english.Count > 0)
            {
                words.Add($"\"{Shorten(text)}\" [{string.Join(" ", english.Take(6))}]");
            }
        }
        return words;
    }

    /// <summary>Every value users typed, from the text columns of the database (JSON columns by their string leaves), longest first.</summary>
    public static IReadOnlyList<string> ReadUserData(string databasePath)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        var columns = new List<(string Table, string Column)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "select m.name, p.name from sqlite_master m join pragma_table_info(m.name) p where m.type = 'table' and p.type = 'TEXT' and m.name not like '__EF%' and m.name not in ('AspNetUserClaims', 'AspNetRoleClaims', 'AspNetUserTokens', 'AspNetUserLogins', 'AspNetRoles')";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (table, column) in columns.Where(c => !NotUserData.Contains($"{c.Table}.{c.Column}")))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"select distinct \"{column}\" from \"{table}\" where \"{column}\" is not null";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                foreach (var value in Leaves(reader.GetValue(0)?.ToString() ?? ""))
                {
                    values.Add(Normalise(value));
                }
            }
        }
        return values.Where(v => v.Length >= 2).OrderByDescending(v => v.Length).ToList();
    }

    private static IEnumerable<string> Leaves(string value)
    {
        if (value.Length > 1 && (value[0] == '[' || value[0] == '{'))
        {
            JsonDocument? json = null;
            try
            {
                json = JsonDocument.Parse(value);
            }
            catch (JsonException)
            {
            }
            if (json is not null)
            {
                using (json)
                {
                    return Strings(json.RootElement).ToList();
                }
            }
        }
        return [value];
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static string Normalise(string text) => Space().Replace(text, " ").Trim();

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    // Two letters or more; a single letter is an avatar's initial or a currency sign's neighbour.
    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b[A-Za-z]+\.zh-CN\b")]
    private static partial Regex ColumnName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
