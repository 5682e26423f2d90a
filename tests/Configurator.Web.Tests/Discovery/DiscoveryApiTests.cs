using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

public sealed class DiscoveryApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Hostile = "<script>alert('x')</script> & \"quotes\"";
    private const string Chinese = "订单经常在仓库里等待人工核对，错过了当天的发货时间。";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<int> CreateAccountAsync(HttpClient rep, string name)
    {
        var response = await rep.PostAsJsonAsync("/api/v1/accounts", new { name, industry = "Food and beverage", region = "Greater China", size = "Large" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static string Opportunity(int accountId, string raisedBy = "s1", string category = "SLOW-FULFIL") => $$$"""
        {"accountId": {{{accountId}}}, "name": "华东配送中心", "currency": "CNY", "stage": "discovery", "expectedClose": "2027-03-31",
         "budget": 2500000, "competitors": ["Logiqa"],
         "stakeholders": [{"key": "s1", "name": "王芳", "title": "CFO", "role": "economic-buyer", "stance": "neutral", "influence": 5},
                          {"key": "s2", "name": "{{{Hostile.Replace("\"", "\\\"")}}}", "title": "IT", "role": "technical-evaluator", "stance": "opponent", "influence": 3}],
         "painPoints": [{"title": "{{{Hostile.Replace("\"", "\\\"")}}}", "category": "{{{category}}}", "clientWords": "{{{Chinese}}} 🚚", "severity": 4,
                         "annualImpact": 1200000, "raisedBy": "{{{raisedBy}}}"},
                        {"title": "Phantom stock", "category": "STOCK-ERRORS", "clientWords": "The shelf is empty.", "severity": 3}]}
        """;

    [Fact]
    public async Task CreatesAnOpportunityWithItsDecisionChainAndReadsItBackExactly()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var accountId = await CreateAccountAsync(rep, "上海鲜食有限公司");

        var created = await rep.PostAsync("/api/v1/opportunities", Json(Opportunity(accountId)));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = body.GetProperty("id").GetInt32();
        var read = await rep.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}");
        var pain = read.GetProperty("painPoints")[0];
        var cfo = read.GetProperty("stakeholders").EnumerateArray().Single(s => s.GetProperty("role").GetString() == "economic-buyer");
        Assert.Equal(Hostile, pain.GetProperty("title").GetString());
        Assert.Equal($"{Chinese} 🚚", pain.GetProperty("clientWords").GetString());
        Assert.Equal(1200000m, pain.GetProperty("annualImpact").GetDecimal());
        Assert.Equal(cfo.GetProperty("id").GetInt32(), pain.GetProperty("raisedBy").GetInt32());
        Assert.Equal("王芳", cfo.GetProperty("name").GetString());
        Assert.Equal("discovery", read.GetProperty("stage").GetString());
        Assert.Equal(2, read.GetProperty("painPoints")[1].GetProperty("priority").GetInt32());
    }

    [Fact]
    public async Task BadValuesAndReferencesAreNamedAtTheirPathsAndNothingIsSaved()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var accountId = await CreateAccountAsync(rep, "Nordby Foods");
        var body = Opportunity(accountId, raisedBy: "s9", category: "NO-SUCH")
            .Replace("\"currency\": \"CNY\"", "\"currency\": \"XYZ\"")
            .Replace("\"stage\": \"discovery\"", "\"stage\": \"closing\"")
            .Replace("\"severity\": 3", "\"severity\": 9")
            .Replace("\"role\": \"technical-evaluator\"", "\"role\": \"wizard\"");

        var response = await rep.PostAsync("/api/v1/opportunities", Json(body));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var path in new[] { "currency", "stage", "painPoints[0].raisedBy", "painPoints[0].category", "painPoints[1].severity", "stakeholders[1].role" })
        {
            Assert.True(errors.TryGetProperty(path, out _), $"{path} missing in {errors}");
        }
        var unknownAccount = await rep.PostAsync("/api/v1/opportunities", Json(Opportunity(999_999)));
        Assert.True((await unknownAccount.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("accountId", out _));
    }

    [Fact]
    public async Task EmptyAndOverlongAccountNamesAreRefused()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");

        var empty = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "  " });
        var overlong = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = new string('x', 161) });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Give the account's name.", await empty.Content.ReadAsStringAsync());
        Assert.Contains("At most 160 characters", await overlong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AddsOnePainPointAndOneStakeholder()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var id = (await (await rep.PostAsync("/api/v1/opportunities", Json(Opportunity(await CreateAccountAsync(rep, "Halvorsen Pharma")))))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var stakeholder = await rep.PostAsJsonAsync($"/api/v1/opportunities/{id}/stakeholders", new { name = "Ola Nordmann", role = "champion", stance = "supporter", influence = 4 });
        var stakeholderId = (await stakeholder.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var pain = await rep.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = "Audit findings", category = "COMPLIANCE", severity = 5, raisedBy = stakeholderId.ToString() });
        var badPain = await rep.PostAsJsonAsync($"/api/v1/opportunities/{id}/pain-points", new { title = "", category = "COMPLIANCE", severity = 0, annualImpact = -5 });

        Assert.Equal(HttpStatusCode.Created, stakeholder.StatusCode);
        Assert.Equal(HttpStatusCode.Created, pain.StatusCode);
        // Placed by weight: below the severity-4 pain with the largest impact, above the severity-3 one.
        Assert.Equal(2, (await pain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("priority").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badPain.StatusCode);
        var errors = (await badPain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _) && errors.TryGetProperty("severity", out _) && errors.TryGetProperty("annualImpact", out _), errors.ToString());
        Assert.Equal(3, (await rep.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}")).GetProperty("painPoints").GetArrayLength());
    }

    [Fact]
    public async Task ProductManagersReadButMayNotWrite()
    {
        var product = await app.ApiClientAsync("product@demo.local");

        var response = await product.PostAsJsonAsync("/api/v1/accounts", new { name = "Not mine to add" });
        var missing = await product.GetAsync("/api/v1/opportunities/999999");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
