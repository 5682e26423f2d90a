namespace Configurator.Web.Features.Discovery;

/// <summary>Discovery's URLs, in one place: the routes of the account, opportunity, pain-point and stakeholder controllers.</summary>
public static class DiscoveryUrls
{
    public const string Accounts = "/accounts";

    public const string NewAccountForm = "/accounts/new";

    /// <summary>The new-account form with the name filled in.</summary>
    public static string NewAccount(string name) => $"{NewAccountForm}?name={Uri.EscapeDataString(name)}";

    public static string Account(int id) => $"/accounts/{id}";

    public static string EditAccount(int id) => $"{Account(id)}/edit";

    public static string AccountOwner(int id) => $"{Account(id)}/owner";

    public static string AccountOpportunities(int id) => $"{Account(id)}/opportunities";

    public const string Opportunities = "/opportunities";

    public static string Opportunity(int id) => $"/opportunities/{id}";

    public static string NextStep(int id) => $"{Opportunity(id)}/next-step";

    /// <summary>The opportunities page with the given filters and page.</summary>
    public static string OpportunityList(OpportunityListQuery query, int page)
    {
        var parameters = new (string Name, string? Value)[]
        {
            ("q", query.Q), ("owner", query.Owner), ("stage", query.Stage), ("account", query.Account), ("close", query.Close),
            ("closeFrom", query.CloseFrom), ("closeTo", query.CloseTo), ("sort", query.Sort), ("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        var pairs = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return pairs.Count == 0 ? Opportunities : $"{Opportunities}?{string.Join('&', pairs)}";
    }

    public static string EditOpportunity(int id) => $"{Opportunity(id)}/edit";

    public static string Stage(int id) => $"{Opportunity(id)}/stage";

    public static string OpportunityOwner(int id) => $"{Opportunity(id)}/owner";

    public static string Proposals(int opportunityId) => $"{Opportunity(opportunityId)}/proposals";

    public static string PainPoints(int opportunityId) => $"{Opportunity(opportunityId)}/pain-points";

    public static string PainPoint(int opportunityId, int painId) => $"{PainPoints(opportunityId)}/{painId}";

    public static string PainBaseline(int opportunityId, int painId) => $"{PainPoint(opportunityId, painId)}/baseline";

    public static string RemovePainBaseline(int opportunityId, int painId) => $"{PainBaseline(opportunityId, painId)}/remove";

    public static string EditPainPoint(int opportunityId, int painId) => $"{PainPoint(opportunityId, painId)}/edit";

    public static string MovePainPoint(int opportunityId, int painId, string direction) => $"{PainPoint(opportunityId, painId)}/move?direction={direction}";

    public static string Stakeholders(int opportunityId) => $"{Opportunity(opportunityId)}/stakeholders";

    /// <summary>The opportunity page with "Add a person" open, after a person was added without htmx.</summary>
    public static string OpportunityAddingPerson(int id) => $"{Opportunity(id)}?adding=person#stakeholder-add";

    /// <summary>The account's known people whose name matches what was typed (the query's <c>name</c>).</summary>
    public static string PersonSuggestions(int opportunityId) => $"{Stakeholders(opportunityId)}/suggestions";

    /// <summary>The add form, for a known person of the account when <paramref name="personId"/> is given.</summary>
    public static string NewStakeholder(int opportunityId, int? personId = null) =>
        personId is { } id ? $"{Stakeholders(opportunityId)}/new?personId={id}" : $"{Stakeholders(opportunityId)}/new";

    public static string EditStakeholder(int opportunityId, int stakeholderId) => $"{Stakeholders(opportunityId)}/{stakeholderId}/edit";

    /// <summary>What a money field's text is understood as; without a currency, the form sends its own Currency field.</summary>
    public static string AmountUnderstood(string? currency) =>
        currency is null ? "/amounts/understood" : $"/amounts/understood?currency={Uri.EscapeDataString(currency)}";
}
