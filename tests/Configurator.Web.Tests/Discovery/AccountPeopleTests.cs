using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

/// <summary>
/// People belong to the account: the API creates or finds them by e-mail, the page offers the ones the
/// account knows while a name is typed, the add form stays open for the next person, and the account
/// page lists its people with the deals they are in.
/// </summary>
public sealed class AccountPeopleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Api, int AccountId)> AccountAsync(string name)
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name })).Content.ReadFromJsonAsync<JsonElement>();
        return (api, account.GetProperty("id").GetInt32());
    }

    private static object Deal(int accountId, string name, params object[] stakeholders) => new { accountId, name, currency = "EUR", stakeholders };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static HttpRequestMessage Htmx(HttpMethod method, string url, string token, Dictionary<string, string>? form = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    [Fact]
    public async Task AnInlineStakeholderWithAKnownEmailIsTheSamePersonOnTheNextDealWithAnotherPartInIt()
    {
        var (api, accountId) = await AccountAsync("Same person account");

        var first = await api.PostAsJsonAsync("/api/v1/opportunities", Deal(accountId, "Cold store",
            new { key = "s1", name = "Ana Ruiz", title = "CFO", email = "Ana.Ruiz@Client.example", phone = "+34 91 555 0100", role = "economic-buyer", influence = 5 }));
        var second = await api.PostAsJsonAsync("/api/v1/opportunities", Deal(accountId, "Renewal",
            new { key = "s1", name = "A. Ruiz (typo)", email = "ana.ruiz@client.EXAMPLE", role = "influencer", influence = 2 }));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var buyer = (await JsonAsync(first)).GetProperty("stakeholders")[0];
        var influencer = (await JsonAsync(second)).GetProperty("stakeholders")[0];
        Assert.Equal(buyer.GetProperty("personId").GetInt32(), influencer.GetProperty("personId").GetInt32());
        Assert.NotEqual(buyer.GetProperty("id").GetInt32(), influencer.GetProperty("id").GetInt32());
        // The person joins as the account knows them; their part is this deal's.
        Assert.Equal(("Ana Ruiz", "CFO", "Ana.Ruiz@Client.example", "+34 91 555 0100"), (influencer.GetProperty("name").GetString(), influencer.GetProperty("title").GetString(),
            influencer.GetProperty("email").GetString(), influencer.GetProperty("phone").GetString()));
        Assert.Equal(("economic-buyer", "influencer"), (buyer.GetProperty("role").GetString(), influencer.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task ABadEmailOrPhoneIsRefusedAtItsPathAndNothingIsSaved()
    {
        var (api, accountId) = await AccountAsync("Bad contact account");

        var response = await api.PostAsJsonAsync("/api/v1/opportunities", Deal(accountId, "Never saved",
            new { key = "s1", name = "Ana", email = "ana at client", role = "user" },
            new { key = "s2", name = "Bo", phone = "call reception", role = "user" },
            new { key = "s3", name = "Cy", email = "cy@client.example", role = "user" },
            new { key = "s4", name = "Cy again", email = "CY@client.example", role = "user" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Equal(["stakeholders[0].email", "stakeholders[1].phone", "stakeholders[3].email"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("Write the e-mail address in full, like anna.berg@client.com.", errors.GetProperty("stakeholders[0].email")[0].GetString());
        var people = await JsonAsync(await api.PostAsJsonAsync("/api/v1/opportunities", Deal(accountId, "Check")));
        Assert.Empty(people.GetProperty("stakeholders").EnumerateArray());
    }

    [Fact]
    public async Task APersonIsInADecisionChainOnceAndOnlyPeopleOfTheAccountCanBePicked()
    {
        var (api, accountId) = await AccountAsync("Once account");
        var (_, otherAccount) = await AccountAsync("Other account");
        var deal = await JsonAsync(await api.PostAsJsonAsync("/api/v1/opportunities", Deal(accountId, "Once",
            new { key = "s1", name = "Ana Ruiz", email = "ana@once.example", role = "champion", stance = "supporter" })));
        var other = await JsonAsync(await api.PostAsJsonAsync("/api/v1/opportunities", Deal(otherAccount, "Elsewhere",
            new { key = "s1", name = "Li Wei", role = "user" })));
        var id = deal.GetProperty("id").GetInt32();
        var ana = deal.GetProperty("stakeholders")[0].GetProperty("personId").GetInt32();
        var li = other.GetProperty("stakeholders")[0].GetProperty("personId").GetInt32();

        var byEmail = await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/stakeholders", new { name = "Ana", email = "ANA@once.example", role = "user" });
        var byId = await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/stakeholders", new { personId = ana, role = "user" });
        var foreign = await api.PostAsJsonAsync($"/api/v1/opportunities/{id}/stakeholders", new { personId = li, role = "user" });

        Assert.Equal(HttpStatusCode.BadRequest, byEmail.StatusCode);
        Assert.True((await JsonAsync(byEmail)).GetProperty("errors").TryGetProperty("email", out _));
        Assert.Equal(HttpStatusCode.BadRequest, byId.StatusCode);
        Assert.Equal("Ana Ruiz is in this decision chain already.", (await JsonAsync(byId)).GetProperty("errors").GetProperty("personId")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.True((await JsonAsync(foreign)).GetProperty("errors").TryGetProperty("personId", out _));
        var after = await JsonAsync(await api.GetAsync($"/api/v1/opportunities/{id}"));
        Assert.Single(after.GetProperty("stakeholders").EnumerateArray());
    }

    [Fact]
    public async Task TypingANameOffersTheAccountsKnownPeoplePickingOneLinksThemAndTheAccountPageListsTheirDeals()
    {
        var (api, accountId) = await AccountAsync("Suggest account");
        var first = await JsonAsync(await api.PostAsJsonAsync("/api/v1/opportunities", Deal(accountId, "First deal",
            new { key = "s1", name = "Ana Ruiz", title = "CFO", email = "ana.ruiz@suggest.example", phone = "+34 91 555 0100", role = "economic-buyer" },
            new { key = "s2", name = "Bo Berg", title = "IT Manager", email = "bo.berg@suggest.example", role = "technical-evaluator" })));
        var second = await JsonAsync(await api.PostAsJsonAsync("/api/v1/opportunities", Deal(accountId, "Second deal",
            new { key = "s1", name = "Bo Berg", email = "BO.BERG@suggest.example", role = "technical-evaluator" })));
        var id = second.GetProperty("id").GetInt32();
        var ana = first.GetProperty("stakeholders")[0].GetProperty("personId").GetInt32();
        var rep = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await rep.GetPageAsync($"/opportunities/{id}"));

        var offered = Html.Parse(await (await rep.SendAsync(Htmx(HttpMethod.Get, $"/opportunities/{id}/stakeholders/suggestions?name=ruiz", token))).Content.ReadAsStringAsync());
        var alreadyIn = Html.Parse(await (await rep.SendAsync(Htmx(HttpMethod.Get, $"/opportunities/{id}/stakeholders/suggestions?name=berg", token))).Content.ReadAsStringAsync());

        var pick = offered.One("#person-suggestions .person-suggestions__pick");
        Assert.Contains("Ana Ruiz", pick.TextContent);
        Assert.Contains("ana.ruiz@suggest.example", pick.TextContent);
        Assert.Empty(alreadyIn.QuerySelectorAll(".person-suggestions__pick"));

        var form = Html.Parse(await (await rep.SendAsync(Htmx(HttpMethod.Get, pick.GetAttribute("hx-get")!, token))).Content.ReadAsStringAsync());
        Assert.Equal(ana.ToString(System.Globalization.CultureInfo.InvariantCulture), form.Attr("#stakeholder-add input[name=PersonId]", "value"));
        Assert.Null(form.QuerySelector("#stakeholder-add input[name=Name]"));

        var added = await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{id}/stakeholders", token, new()
        {
            ["PersonId"] = ana.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Role"] = "influencer",
            ["Stance"] = "supporter",
            ["Influence"] = "2",
        }));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var saved = await JsonAsync(await api.GetAsync($"/api/v1/opportunities/{id}"));
        Assert.Contains(saved.GetProperty("stakeholders").EnumerateArray(), s => s.GetProperty("personId").GetInt32() == ana && s.GetProperty("role").GetString() == "influencer");

        var account = Html.Parse(await rep.GetPageAsync($"/accounts/{accountId}"));
        var row = account.One($"#account-person-{ana}");
        Assert.Contains("ana.ruiz@suggest.example", row.TextContent);
        Assert.Contains("+34 91 555 0100", row.TextContent);
        Assert.Equal(["First deal (Economic buyer)", "Second deal (Influencer)"],
            row.QuerySelectorAll(".person-deals li").Select(li => string.Join(" ", li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public async Task AddAPersonStaysOpenForTheNextPersonAndARefusedOneKeepsWhatWasTyped()
    {
        var (api, accountId) = await AccountAsync("Stays open account");
        var id = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/opportunities", Deal(accountId, "Stays open")))).GetProperty("id").GetInt32();
        var rep = await app.SignInAsync("rep@demo.local");
        var html = await rep.GetPageAsync($"/opportunities/{id}");
        var page = Html.Parse(html);
        var token = BrowserExtensions.AntiforgeryToken(html);
        Assert.False(page.One("#stakeholder-add").HasAttribute("open"));

        var added = Html.Parse(await (await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{id}/stakeholders", token, new()
        {
            ["Name"] = "Ida Open",
            ["Title"] = "COO",
            ["Email"] = "ida@open.example",
            ["Phone"] = "+46 8 555 1234",
            ["Role"] = "decision-maker",
            ["Stance"] = "neutral",
            ["Influence"] = "4",
        }))).Content.ReadAsStringAsync());
        var refused = Html.Parse(await (await rep.SendAsync(Htmx(HttpMethod.Post, $"/opportunities/{id}/stakeholders", token, new()
        {
            ["Name"] = "Jon Typo",
            ["Email"] = "jon at open",
            ["Phone"] = "ask reception",
            ["Role"] = "user",
        }))).Content.ReadAsStringAsync());

        Assert.True(added.One("#stakeholder-add").HasAttribute("open"));
        Assert.Contains("Ida Open is in the decision chain", added.One("#stakeholder-add [role=status]").TextContent);
        Assert.Equal("", added.One("#person-name").GetAttribute("value") ?? "");
        Assert.True(added.One("#person-name").HasAttribute("autofocus"));
        Assert.Contains("ida@open.example", added.One(".chain__contact").TextContent);

        Assert.True(refused.One("#stakeholder-add").HasAttribute("open"));
        Assert.Equal("Jon Typo", refused.Attr("#person-name", "value"));
        Assert.Equal("jon at open", refused.Attr("#person-email", "value"));
        Assert.Equal("Write the e-mail address in full, like anna.berg@client.com.", refused.One("#person-email ~ .field__error").TextContent.Trim());
        Assert.NotEmpty(refused.One("#person-phone ~ .field__error").TextContent.Trim());
        var saved = await JsonAsync(await api.GetAsync($"/api/v1/opportunities/{id}"));
        Assert.Equal(["Ida Open"], saved.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        // Without htmx the page comes back with the form open for the next person.
        var plain = await rep.PostAsync($"/opportunities/{id}/stakeholders", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Name"] = "Kim Plain",
            ["Role"] = "user",
        }));
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        var reopened = Html.Parse(await rep.GetPageAsync(plain.Headers.Location!.OriginalString));
        Assert.True(reopened.One("#stakeholder-add").HasAttribute("open"));
    }
}
