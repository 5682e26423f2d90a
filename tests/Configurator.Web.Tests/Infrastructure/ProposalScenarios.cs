using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>Proposals made through the API the way people make them: an account, an opportunity with its pain points and people, a proposal.</summary>
public static class ProposalScenarios
{
    /// <summary>A rep captures the opportunity; presales start a proposal (from the recommendation unless told otherwise).</summary>
    public static async Task<(HttpClient Presales, int ProposalId)> ApprovedProposalAsync(this AppFactory app, string account, string name, string language, object[] painPoints, object[]? stakeholders = null, bool recommend = true)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var created = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = account })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = created.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            stakeholders = stakeholders ?? [],
            painPoints,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presales = await app.ApiClientAsync("presales@demo.local");
        var proposal = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = $"{name} proposal", language, termMonths = 24, recommend });
        Assert.Equal(HttpStatusCode.Created, proposal.StatusCode);
        var id = (await proposal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        return (presales, id);
    }

    /// <summary>Submits the proposal (it must approve without an approver) and issues a revision; returns its PDF.</summary>
    public static async Task<byte[]> IssueRevisionAsync(this HttpClient presales, int id)
    {
        var submitted = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", submitted.GetProperty("status").GetString());
        var issued = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return await presales.GetByteArrayAsync((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pdfUrl").GetString());
    }
}
