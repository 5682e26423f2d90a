using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

public sealed class ReassignTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AnApproverHandsAnAccountToAnotherOwnerAndNothingIsLost()
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var before = await api.GetFromJsonAsync<JsonElement>("/api/v1/opportunities/1");
        var presales = (await app.FindUserAsync("presales@demo.local"))!;
        var approver = await app.SignInAsync("approver@demo.local");
        var accountId = before.GetProperty("accountId").GetInt32();

        var response = await approver.SubmitFormAsync($"/accounts/{accountId}", $"/accounts/{accountId}/owner", new Dictionary<string, string> { ["ownerId"] = presales.Id });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await api.GetFromJsonAsync<JsonElement>("/api/v1/opportunities/1");
        Assert.Equal(presales.Id, after.GetProperty("ownerId").GetString());
        Assert.Equal(before.GetProperty("painPoints").ToString(), after.GetProperty("painPoints").ToString());
        Assert.Equal(before.GetProperty("stakeholders").ToString(), after.GetProperty("stakeholders").ToString());
        Assert.Contains("owned by Pat Presales", await approver.GetPageAsync($"/accounts/{accountId}"));
    }

    [Fact]
    public async Task RepsCannotReassignAndAnUnknownOwnerIsRefused()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        var admin = await app.SignInAsync("admin@demo.local");

        var byRep = await rep.SubmitFormAsync("/accounts/2", "/accounts/2/owner", new Dictionary<string, string> { ["ownerId"] = "x" });
        var unknown = await admin.SubmitFormAsync("/accounts/2", "/accounts/2/owner", new Dictionary<string, string> { ["ownerId"] = "no-such-user" });

        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
        Assert.Contains("Choose the colleague who takes the account over.", await unknown.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Reassign account", await rep.GetPageAsync("/accounts/2"));
    }
}
