namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The builder's URLs, in one place: the routes on the proposal controllers and the links views build
/// from them. A route that changes changes here, not in the views.
/// </summary>
public sealed record BuilderUrls(int ProposalId, int OptionId)
{
    public static string Proposal(int id, int? option = null) => option is null ? $"/proposals/{id}" : $"/proposals/{id}?option={option}";

    public const string List = "/proposals";

    /// <summary>The proposals page's list with these filters, at <paramref name="page"/> (of <paramref name="pageSize"/> rows when not the page's own).</summary>
    public static string ListPage(ProposalListQuery query, int page, int? pageSize = null)
    {
        var parameters = new (string Name, string? Value)[]
        {
            ("q", query.Q), ("status", query.Status), ("opportunity", query.Opportunity), ("account", query.Account), ("owner", query.Owner),
            ("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            ("pageSize", pageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var pairs = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return pairs.Count == 0 ? List : $"{List}?{string.Join('&', pairs)}";
    }

    /// <summary>The approval queue on the proposals page, in the order asked, with <paramref name="shown"/> rows when more than a page.</summary>
    public static string Queue(string? sort = null, bool reverse = false, int? shown = null)
    {
        var query = string.Join("&", new[]
        {
            sort is null ? null : $"sort={sort}",
            reverse ? "reverse=true" : null,
            shown is null ? null : $"shown={shown}",
        }.OfType<string>());
        return query.Length == 0 ? $"{List}#queue" : $"{List}?{query}#queue";
    }

    /// <summary>A page of the approval queue's rows from <paramref name="from"/>, in the order asked (htmx adds them to the table).</summary>
    public static string QueueRows(string sort, bool reverse, int from) =>
        $"{List}/queue?sort={sort}{(reverse ? "&reverse=true" : "")}&from={from}";

    /// <summary>A workflow step on a proposal, e.g. approve from the queue.</summary>
    public static string Step(int id, string step) => $"{Proposal(id)}/actions/{step}";

    /// <summary>The preview printed as a draft PDF.</summary>
    public static string DraftPdf(int id) => $"{Proposal(id)}/preview.pdf";

    public string Page => Proposal(ProposalId);

    public string Option(int optionId) => Proposal(ProposalId, optionId);

    public string Options => $"{Page}/options";

    public string OptionChange(int optionId) => $"{Page}/options/{optionId}";

    public string Lines => $"{Page}/options/{OptionId}/lines";

    public string Line(int lineId) => $"{Lines}/{lineId}";

    public string RemoveLine(int lineId) => $"{Lines}/{lineId}/remove";

    public string Improvement(int lineId) => $"{Lines}/{lineId}/improvements";

    public string Addable => $"{Page}/options/{OptionId}/addable";

    public string Act(string step) => Step(ProposalId, step);

    public string PainNote(int painId) => $"{Page}/pains/{painId}/note";

    public string Preview => $"{Page}/preview";

    public string Revisions => $"{Page}/revisions";

    public string RevisionPdf(int number) => $"{Page}/revisions/{number}/pdf";

    public string Compare(int number) => $"{Page}/revisions/{number}/compare";
}
