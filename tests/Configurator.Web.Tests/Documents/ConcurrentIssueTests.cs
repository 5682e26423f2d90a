using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Documents;

/// <summary>Real Chromium: issuing claims the revision number before printing, so a crowd issuing the same proposal prints it once.</summary>
public sealed class ConcurrentIssueTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TenPeopleIssuingTheSameProposalAtOnceMakeOnePdfAndNineConflicts()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Crowd Oy", "Crowd", "en",
            [new { title = "Inventory counts never match", category = "STOCK-ERRORS", severity = 5, annualImpact = 200000m }]);
        var submitted = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var pdf = app.Services.GetRequiredService<PdfRenderer>();
        await app.Services.GetRequiredService<ChromiumBrowser>().GetAsync();
        var printedBefore = pdf.Printed;

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, pdf.Printed - printedBefore);
        var conflict = await answers.First(a => a.StatusCode == HttpStatusCode.Conflict).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("issuing a revision of this proposal right now", conflict.GetProperty("detail").GetString());
        var revisions = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/revisions");
        Assert.Equal(1, revisions.GetArrayLength());

        // Once the first is issued, the next issue is a new revision as before.
        var next = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.Equal(2, (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32());
    }
}
