using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

/// <summary>PUT/DELETE /api/v1/opportunities/{id}/pain-points/{painId}/baseline: the cost a client agreed to, with who confirmed it.</summary>
public sealed class PainPointBaselineApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Rep, int Opportunity, JsonElement Pain, int PersonId)> DealAsync(string account)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var created = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = account })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = created.GetProperty("id").GetInt32(),
            name = "Peak",
            currency = "EUR",
            stakeholders = new object[] { new { key = "cfo", name = "Dana Smith", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5 } },
            painPoints = new object[] { new { title = "Orders wait", category = "SLOW-FULFIL", severity = 4, annualImpact = 100_000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        return (rep, opportunity.GetProperty("id").GetInt32(), opportunity.GetProperty("painPoints")[0],
            opportunity.GetProperty("stakeholders")[0].GetProperty("personId").GetInt32());
    }

    [Fact]
    public async Task TheRepRecordsTheCostTheClientConfirmedAndTakesItBack()
    {
        var (rep, id, pain, person) = await DealAsync("Baseline Oy");
        var painId = pain.GetProperty("id").GetInt32();

        var confirmed = await rep.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{painId}/baseline",
            new { amount = 120_000m, confirmedBy = person, confirmedOn = "2026-01-15", version = pain.GetProperty("version").GetInt32() });
        var body = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        var baseline = body.GetProperty("baseline");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(120_000m, baseline.GetProperty("amount").GetDecimal());
        Assert.Equal(person, baseline.GetProperty("confirmedBy").GetInt32());
        Assert.Equal("Dana Smith", baseline.GetProperty("confirmedByName").GetString());
        Assert.Equal("CFO", baseline.GetProperty("confirmedByTitle").GetString());
        Assert.Equal("2026-01-15", baseline.GetProperty("confirmedOn").GetString());
        Assert.Equal(100_000m, body.GetProperty("annualImpact").GetDecimal());

        var cleared = await rep.DeleteAsync($"/api/v1/opportunities/{id}/pain-points/{painId}/baseline?version={body.GetProperty("version").GetInt32()}");
        var after = await cleared.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("baseline").ValueKind);
    }

    [Fact]
    public async Task TheConfirmedCostIsWhatTheProposalsValueCaseUses()
    {
        var (rep, id, pain, person) = await DealAsync("Valued Oy");
        var painId = pain.GetProperty("id").GetInt32();
        var confirmed = await rep.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{painId}/baseline",
            new { amount = 120_000m, confirmedBy = person, confirmedOn = "2026-01-15", version = pain.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var presales = await app.ApiClientAsync("presales@demo.local");

        var created = await presales.PostAsJsonAsync($"/api/v1/opportunities/{id}/proposals", new { title = "Valued", language = "en", termMonths = 24, recommend = true });
        var proposal = await created.Content.ReadFromJsonAsync<JsonElement>();
        var value = proposal.GetProperty("options")[0].GetProperty("value");
        var improvement = value.GetProperty("improvementByPain").GetProperty(painId.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDecimal();

        Assert.True(improvement > 0);
        Assert.Equal(Math.Round(120_000m * improvement, 2), value.GetProperty("annualValue").GetDecimal());
    }

    [Fact]
    public async Task BadInputIsRefusedAtEachFieldAndNothingIsSaved()
    {
        var (rep, id, pain, _) = await DealAsync("Refused Oy");
        var (_, _, _, strangerPerson) = await DealAsync("Another Account Oy");
        var painId = pain.GetProperty("id").GetInt32();
        var version = pain.GetProperty("version").GetInt32();

        var bad = await rep.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{painId}/baseline",
            new { amount = -1m, confirmedBy = strangerPerson, confirmedOn = "2099-01-01", version });
        var missing = await rep.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{painId}/baseline", new { version });
        var stale = await rep.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{painId}/baseline",
            new { amount = 1m, confirmedBy = strangerPerson, confirmedOn = "2026-01-15", version = version - 1 });
        var unknownPain = await rep.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/999999/baseline", new { amount = 1m });
        var notADate = await rep.PutAsync($"/api/v1/opportunities/{id}/pain-points/{painId}/baseline",
            new StringContent("""{"amount": 5, "confirmedOn": "last tuesday"}""", System.Text.Encoding.UTF8, "application/json"));
        var approver = await app.ApiClientAsync("product@demo.local");
        var forbidden = await approver.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{painId}/baseline", new { amount = 1m });
        var opportunity = await rep.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("from 0 upwards", errors.GetProperty("amount")[0].GetString());
        Assert.Contains("account's people", errors.GetProperty("confirmedBy")[0].GetString());
        Assert.Contains("future", errors.GetProperty("confirmedOn")[0].GetString());
        var missingErrors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(missingErrors.TryGetProperty("amount", out _));
        Assert.True(missingErrors.TryGetProperty("confirmedOn", out _));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var saved = opportunity.GetProperty("painPoints")[0];
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("baseline").ValueKind);
        Assert.Equal(version, saved.GetProperty("version").GetInt32());
    }
}
