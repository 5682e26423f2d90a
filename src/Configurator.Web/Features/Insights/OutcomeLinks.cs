namespace Configurator.Web.Features.Insights;

/// <summary>The outcome pages' addresses, each carrying the filters it was opened with, so a figure's proposals and a CSV match the table.</summary>
public sealed record OutcomeLinks(InsightQuery Query)
{
    public const string Proposals = InsightUrls.Outcomes + "/proposals";
    public const string Csv = InsightUrls.Outcomes + "/csv";
    public const string InnovationsCsv = InsightUrls.Innovations + "/csv";

    /// <summary>The tables the outcome page exports.</summary>
    public static readonly IReadOnlyList<string> Tables = ["differentiation", "discount", "lost-differentiation", "lost-discount"];

    public string Filters => string.Join("&", new (string Name, string? Value)[]
        {
            ("period", Query.Period), ("from", Query.From), ("to", Query.To), ("owner", Query.Owner), ("industry", Query.Industry), ("region", Query.Region),
        }
        .Where(p => !string.IsNullOrEmpty(p.Value))
        .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));

    public string TableCsv(string table) => With($"{Csv}/{table}");

    public string Innovations => With(InnovationsCsv);

    /// <summary>The outcome page with the same filters.</summary>
    public string Page => With(InsightUrls.Outcomes);

    /// <summary>The proposals behind a figure; null parts select everything.</summary>
    public string ProposalsOf(string? band = null, string? discountBand = null, string? outcome = null, string? reason = null)
    {
        var parts = new (string Name, string? Value)[] { ("band", band), ("discountBand", discountBand), ("outcome", outcome), ("reason", reason) }
            .Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}");
        return With(Proposals, string.Join("&", parts));
    }

    private string With(string path, string extra = "")
    {
        var query = string.Join("&", new[] { Filters, extra }.Where(q => q.Length > 0));
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
