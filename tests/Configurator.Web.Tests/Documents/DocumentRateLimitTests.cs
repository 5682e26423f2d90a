using System.Globalization;
using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Documents;

/// <summary>Previews and draft PDFs are limited per person: the next one in the minute is a 429 that says when to come back.</summary>
public sealed class DocumentRateLimitTests(DocumentRateLimitTests.StrictApp app) : IClassFixture<DocumentRateLimitTests.StrictApp>
{
    public sealed class StrictApp : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimiting:DocumentsPerMinute"] = "2",
        };
    }

    private async Task<int> AProposalAsync(string name) => (await app.ApprovedProposalAsync($"{name} Oy", name, "en",
        [new { title = "Inventory counts never match", category = "STOCK-ERRORS", severity = 5, annualImpact = 200000m }])).ProposalId;

    [Fact]
    public async Task APersonsThirdDocumentInAMinuteIsRefusedWhileAColleagueStillGetsTheirs()
    {
        var presales = await app.SignInAsync("presales@demo.local");
        var api = await app.ApiClientAsync("presales@demo.local");
        var colleague = await app.SignInAsync("approver@demo.local");
        var id = await AProposalAsync("Limited");

        var allowed = new[]
        {
            await presales.GetAsync($"/proposals/{id}/preview/document"),
            await api.GetAsync($"/api/v1/proposals/{id}/preview"),
        };
        var page = await presales.GetAsync($"/proposals/{id}/preview/document");
        var pdf = await presales.GetAsync($"/proposals/{id}/preview.pdf");
        var fromApi = await api.GetAsync($"/api/v1/proposals/{id}/preview");
        var colleagues = await colleague.GetAsync($"/proposals/{id}/preview/document");

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, fromApi.StatusCode);
        Assert.Equal(HttpStatusCode.OK, colleagues.StatusCode);
        Assert.Contains("Too many documents at once", await page.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", fromApi.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many documents at once", await fromApi.Content.ReadAsStringAsync());
        Assert.InRange(int.Parse(page.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        Assert.InRange(int.Parse(fromApi.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task TheRefusalReadsInChineseForAChineseReader()
    {
        var product = await app.SignInAsync("product@demo.local");
        var id = await AProposalAsync("Limited in Chinese");
        await product.SubmitFormAsync("/", "/me/language", new Dictionary<string, string> { ["language"] = "zh-CN", ["returnUrl"] = "/" });

        for (var i = 0; i < 2; i++)
        {
            await product.GetAsync($"/proposals/{id}/preview/document");
        }
        var refused = await product.GetAsync($"/proposals/{id}/preview/document");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("请求的文档过多", await refused.Content.ReadAsStringAsync());
    }
}
