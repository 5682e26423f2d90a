using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Configurator.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Proposals;

/// <summary>Issued revisions (real Chromium): numbered, immutable, the same PDF bytes after the catalogue and the proposal change.</summary>
public sealed class RevisionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Presales, JsonElement Proposal)> ApprovedProposalAsync(string name)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} Oy" })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            painPoints = new object[] { new { title = "Inventory counts never match", category = "STOCK-ERRORS", severity = 5, annualImpact = 200000m, clientWords = "库存总是对不上" } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presales = await app.ApiClientAsync("presales@demo.local");
        var proposal = await (await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = $"{name} proposal", termMonths = 12, recommend = true })).Content.ReadFromJsonAsync<JsonElement>();
        var submitted = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{proposal.GetProperty("id").GetInt32()}/submit", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", submitted.GetProperty("status").GetString());
        return (presales, submitted);
    }

    [Fact]
    public async Task ARevisionKeepsItsDataAndPdfBytesWhenTheCatalogueAndTheProposalChange()
    {
        var (presales, proposal) = await ApprovedProposalAsync("Frozen");
        var id = proposal.GetProperty("id").GetInt32();

        var issued = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { });
        var revision = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var pdfUrl = revision.GetProperty("pdfUrl").GetString()!;
        var pdf = await presales.GetByteArrayAsync(pdfUrl);
        var data = await presales.GetStringAsync($"/api/v1/proposals/{id}/revisions/1");

        // The catalogue changes the price of an item in the proposal, and presales change a line.
        var product = await app.ApiClientAsync("product@demo.local");
        var item = JsonNode.Parse(await product.GetStringAsync("/api/v1/catalogue/items/STD-WMS-CORE"))!;
        item["pricing"]!["prices"]![0]!["listPrice"] = 999m;
        var import = await product.PostAsJsonAsync("/api/v1/catalogue/import", new JsonObject { ["categories"] = new JsonArray(), ["items"] = new JsonArray(item) });
        var line = proposal.GetProperty("options")[0].GetProperty("lines")[0];
        var edited = await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{proposal.GetProperty("options")[0].GetProperty("id").GetInt32()}/lines/{line.GetProperty("id").GetInt32()}",
            new { quantity = line.GetProperty("quantity").GetInt32() + 1, version = proposal.GetProperty("version").GetInt32() });

        var pdfAfter = await presales.GetByteArrayAsync(pdfUrl);
        var comparison = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/revisions/1/compare");
        var comparePage = await (await app.SignInAsync("presales@demo.local")).GetPageAsync($"/proposals/{id}/revisions/1/compare");
        var dataAfter = await presales.GetStringAsync($"/api/v1/proposals/{id}/revisions/1");

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(1, revision.GetProperty("number").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), revision.GetProperty("sha256").GetString());
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(pdf, pdfAfter);
        Assert.Equal(data, dataAfter);
        Assert.Contains("\"listPrice\":120", data);
        Assert.DoesNotContain("\"listPrice\":999", dataAfter);
        Assert.Contains("库存总是对不上", data);
        var change = Assert.Single(comparison.GetProperty("lines").EnumerateArray());
        Assert.Equal("requantified", change.GetProperty("change").GetString());
        Assert.Equal(line.GetProperty("quantity").GetInt32() + 1, change.GetProperty("after").GetProperty("quantity").GetInt32());
        Assert.Contains("Quantity changed", comparePage);
        Assert.Contains("Revision 1 and now", comparePage);
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("Frozen proposal", text);
        Assert.Contains("Inventory counts never match", text);
        Assert.Contains("Warehouse", text);
    }

    [Fact]
    public async Task ThePreviewIsTheDocumentsHtmlUnderAPolicyThatRunsNothing()
    {
        var (presales, proposal) = await ApprovedProposalAsync("Preview <i>test</i>");
        var id = proposal.GetProperty("id").GetInt32();

        var response = await presales.GetAsync($"/api/v1/proposals/{id}/preview");
        var html = await response.Content.ReadAsStringAsync();
        var page = await (await app.SignInAsync("rep@demo.local")).GetAsync($"/proposals/{id}/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Preview &lt;i&gt;test&lt;/i&gt; proposal", html);
        Assert.DoesNotContain("<i>test</i>", html);
        Assert.Contains("Inventory counts never match", html);
        Assert.Contains("库存总是对不上", html);
        Assert.Contains("<dd>Draft</dd>", html); // the cover of what is not yet issued says "Draft", not the number it would get
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await presales.GetAsync("/api/v1/proposals/999999/preview")).StatusCode);
    }

    [Fact]
    public async Task RevisionsAreNumberedListedAndRefusedBeforeApproval()
    {
        var (presales, proposal) = await ApprovedProposalAsync("Numbered");
        var id = proposal.GetProperty("id").GetInt32();
        var rep = await app.ApiClientAsync("rep@demo.local");

        await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { });
        var second = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var list = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/revisions");
        var byRep = await rep.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { });
        var line = proposal.GetProperty("options")[0].GetProperty("lines")[0];
        await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{proposal.GetProperty("options")[0].GetProperty("id").GetInt32()}/lines/{line.GetProperty("id").GetInt32()}",
            new { discountPercent = 1, version = proposal.GetProperty("version").GetInt32() });
        var onDraft = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { });
        var missing = await presales.GetAsync($"/api/v1/proposals/{id}/revisions/9/pdf");

        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal([2, 1], list.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, onDraft.StatusCode);
        Assert.Contains("once the proposal is approved", await onDraft.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
