using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Proposals;

/// <summary>The sections presales write: the API (<c>GET/PUT …/sections/{section}</c>) and the builder's sections page, with good and bad input.</summary>
public sealed class ProposalSectionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly object[] _pains =
    [
        new { title = "Stock counts drift", category = "STOCK-ERRORS", severity = 5, annualImpact = 120000m, clientWords = "We never trust the count", raisedBy = "cfo" },
        new { title = "Peak orders ship late", category = "SLOW-FULFIL", severity = 4, annualImpact = 80000m },
    ];

    private static readonly object[] _people = [new { key = "cfo", name = "Kari Berg", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5 }];

    private static async Task<int> VersionAsync(HttpClient api, int id) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}")).GetProperty("version").GetInt32();

    [Fact]
    public async Task PutWritesASectionAndGetReadsItBackWithWhatItPrints()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Sections Oy", "Words", "en", _pains, _people);
        var version = await VersionAsync(presales, id);

        var put = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/approach",
            new { text = "We work in **phases**:\n\n| Phase | Weeks |\n| --- | --- |\n| Design | 2 |", version });
        var got = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/sections/approach");
        var proposal = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(version + 1, got.GetProperty("version").GetInt32());
        Assert.Equal("approach", got.GetProperty("section").GetString());
        Assert.StartsWith("We work in **phases**", got.GetProperty("text").GetString());
        Assert.Contains("<strong>phases</strong>", got.GetProperty("html").GetString());
        Assert.Contains("<td>Design</td>", got.GetProperty("html").GetString());
        Assert.StartsWith("We work in", proposal.GetProperty("sections").GetProperty("approach").GetString());
    }

    [Fact]
    public async Task HostileMarkdownIsKeptAsTypedAndPrintsAsText()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Hostile Oy", "Words", "en", _pains, _people);

        var put = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/introduction",
            new { text = "<script>alert(1)</script> [here](javascript:alert(1)) ![x](http://127.0.0.1:9/x.png)", version = await VersionAsync(presales, id) });
        var body = await put.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; here x</p>", body.GetProperty("html").GetString());
    }

    [Fact]
    public async Task BadInputIsRefusedWithProblemDetailsAndNothingIsSaved()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Refused Oy", "Words", "en", _pains, _people);
        var version = await VersionAsync(presales, id);
        var huge = "| a | b |\n| - | - |\n" + string.Concat(Enumerable.Range(1, 60).Select(i => $"| {i} | x |\n"));

        var tooLong = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/closing", new { text = new string('x', 2_001), version });
        var table = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/approach", new { text = huge, version });
        var unknown = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/appendix", new { text = "x", version });
        var stale = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/closing", new { text = "x", version = version - 1 });
        var noVersion = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/closing", new { text = "x" });
        var notANumber = await presales.PutAsync($"/api/v1/proposals/{id}/sections/closing", JsonContent.Create(new { text = "x", version = "one" }));
        var rep = await (await app.ApiClientAsync("rep@demo.local")).PutAsJsonAsync($"/api/v1/proposals/{id}/sections/closing", new { text = "x", version });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2,000 characters", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, table.StatusCode);
        Assert.Contains("40 rows", (await table.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("introduction, understanding, approach", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rep.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(version, await VersionAsync(presales, id));
        Assert.Equal(HttpStatusCode.NotFound, (await presales.GetAsync($"/api/v1/proposals/{id}/sections/appendix")).StatusCode);
    }

    [Fact]
    public async Task WritingASectionOfAnApprovedProposalSendsItBackToDraft()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Approved Oy", "Words", "en", _pains, _people);
        var submitted = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", submitted.GetProperty("status").GetString());

        var put = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/sections/closing", new { text = "Kind regards", version = submitted.GetProperty("version").GetInt32() });
        var proposal = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("draft", proposal.GetProperty("status").GetString());
        Assert.Equal("edit", proposal.GetProperty("history")[proposal.GetProperty("history").GetArrayLength() - 1].GetProperty("action").GetString());
    }

    [Fact]
    public async Task TheSectionsFormSavesWithoutScriptAndRefusesATooLongTextNextToTheFieldKeepingIt()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Form Oy", "Words", "en", _pains, _people);
        var browser = await app.SignInAsync("presales@demo.local");
        var page = $"/proposals/{id}/sections";
        var version = (await VersionAsync(presales, id)).ToString();

        var saved = await browser.SubmitFormAsync(page, $"{page}/closing", [new("text", "Kind regards,\n\nPat"), new("version", version)]);
        var refused = await browser.SubmitFormAsync(page, $"{page}/closing", [new("text", new string('y', 2_500)), new("version", (int.Parse(version) + 1).ToString())]);
        var html = Html.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{page}#section-closing", saved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Keep this section to 2,000 characters; it has 2,500.", html.One("#text-closing-error").TextContent);
        Assert.Equal(new string('y', 2_500), html.One("#text-closing").TextContent.Trim());
        Assert.Equal("Kind regards,\n\nPat", (await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/sections/closing")).GetProperty("text").GetString());
        Assert.Contains("<p>Kind regards,</p><p>Pat</p>", await browser.GetPageAsync(page));
    }

    [Fact]
    public async Task OverHtmxASaveAnswersTheSectionWithTheNewVersionOutOfBand()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Htmx Oy", "Words", "en", _pains, _people);
        var browser = await app.SignInAsync("presales@demo.local");
        var page = $"/proposals/{id}/sections";
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync(page));
        var version = await VersionAsync(presales, id);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{page}/understanding")
        {
            Content = new FormUrlEncodedContent([new("text", "You *ship late*."), new("version", version.ToString()), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("HX-Request", "true");

        var response = await browser.SendAsync(request);
        var html = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<em>ship late</em>", html.One("#section-understanding #preview-understanding").InnerHtml);
        Assert.Equal((version + 1).ToString(), html.Attr("#proposal-version", "data-version"));
        Assert.Equal("true", html.Attr("#proposal-version", "hx-swap-oob"));
        Assert.Null(html.QuerySelector("#section-closing"));
    }

    [Fact]
    public async Task StartFromTemplateFillsTheIntroductionWithTheBuyersNameAndTopPainsWithoutSaving()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Template Oy", "Words", "en", _pains, _people);
        var browser = await app.SignInAsync("presales@demo.local");
        var version = await VersionAsync(presales, id);

        var html = Html.Parse(await browser.GetPageAsync($"/proposals/{id}/sections?start=introduction"));
        var text = html.One("#text-introduction").TextContent;

        Assert.StartsWith("Dear Kari Berg,", text.Trim());
        Assert.Contains("- Stock counts drift", text);
        Assert.Contains("Template Oy", text);
        Assert.Contains("Not saved yet.", html.One("#text-introduction-hint").TextContent);
        Assert.Equal(version, await VersionAsync(presales, id));
    }
}
