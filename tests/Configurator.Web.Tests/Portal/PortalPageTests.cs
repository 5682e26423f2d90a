using System.Net;
using Configurator.Domain.Discovery;
using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Tests.Portal;

/// <summary>The client's page: a GET that shows nothing but who sent what, "Open proposal" that counts a view, the revision as issued, the PDF, closed links.</summary>
public sealed class PortalPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AGetShowsWhoSentWhatButNotTheProposalAndCountsNoView()
    {
        var sent = await app.SentProposalAsync("Scanner Oy");
        var (token, linkId) = await app.LinkAsync(sent);

        var response = await app.ClientBrowser().GetAsync($"/p/{token}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A proposal for Scanner Oy from", html);
        Assert.Contains("Sent by Pat Presales", html);
        Assert.Equal("post", Html.Parse(html).Attr("form", "method"));
        Assert.Contains("Open proposal", html);
        Assert.All(sent.OptionNames, name => Assert.DoesNotContain($">{name}<", html));
        var link = await app.ReadAsync(db => db.ClientLinks.SingleAsync(l => l.Id == linkId));
        Assert.Equal(0, link.Views);
        Assert.Null(link.FirstOpenedAt);
    }

    [Fact]
    public async Task OpenShowsTheIssuedRevisionCountsAViewAndTheDownloadCountsToo()
    {
        var sent = await app.SentProposalAsync("Reader Oy");
        var (token, linkId) = await app.LinkAsync(sent);
        var client = app.ClientBrowser();

        var opened = await client.PostFormAsync($"/p/{token}");
        var html = await opened.Content.ReadAsStringAsync();
        var pdf = await client.PostFormAsync($"/p/{token}/pdf");

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var page = Html.Parse(html);
        Assert.Equal(sent.OptionIds.Count, page.QuerySelectorAll(".portal-option").Length);
        Assert.All(sent.OptionNames, name => Assert.Contains(name, html));
        Assert.Contains("Contract value", html);
        Assert.Contains("Value a year (conservative)", html);
        Assert.Contains("Counts drift every month", html);
        Assert.Contains("We never trust the stock figure", html);
        Assert.Contains("I am authorised to accept on behalf of Reader Oy", html);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        var link = await app.ReadAsync(db => db.ClientLinks.SingleAsync(l => l.Id == linkId));
        Assert.Equal(1, link.Views);
        Assert.Equal(1, link.Downloads);
        Assert.NotNull(link.FirstOpenedAt);
    }

    [Fact]
    public async Task TheChosenOptionIsRecordedAndAnUnknownOneIsRefused()
    {
        var sent = await app.SentProposalAsync("Chooser Oy");
        var (token, linkId) = await app.LinkAsync(sent);
        var client = app.ClientBrowser();

        var chosen = await client.PostFormAsync($"/p/{token}/choose", ("optionId", sent.OptionIds[^1].ToString()));
        var unknown = await client.PostFormAsync($"/p/{token}/choose", ("optionId", "999999"));

        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Contains("aria-pressed=\"true\"", await chosen.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("Choose one of the proposal&#x27;s options.", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(sent.OptionIds[^1], (await app.ReadAsync(db => db.ClientLinks.SingleAsync(l => l.Id == linkId))).ChosenOptionId);
    }

    [Fact]
    public async Task AChineseProposalSpeaksChineseWhateverTheBrowserSays()
    {
        var sent = await app.SentProposalAsync("北方食品", "zh-CN");
        var (token, _) = await app.LinkAsync(sent, "王丽");
        var client = app.ClientBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var entry = await client.GetStringAsync($"/p/{token}");
        var page = await (await client.PostFormAsync($"/p/{token}")).Content.ReadAsStringAsync();

        Assert.Contains("lang=\"zh-CN\"", entry);
        Assert.Contains("打开方案", entry);
        Assert.Contains("接受方案", page);
        Assert.DoesNotContain("Accept the proposal", page);
        // The option's explanation written by the recommendation is the proposal's words too.
        Assert.Contains("推荐方案：以标准产品为基础", page);
        Assert.DoesNotContain("The recommended solution", page);
    }

    [Fact]
    public async Task UnknownMalformedExpiredRevokedAndSupersededLinksAnswer410WithWhomToContact()
    {
        var sent = await app.SentProposalAsync("Closed Oy");
        var (expired, _) = await app.LinkAsync(sent, expiresAt: DateTimeOffset.UtcNow.AddSeconds(-1));
        var (revoked, _) = await app.LinkAsync(sent, change: l => l.Revoke("someone", DateTimeOffset.UtcNow));
        var (superseded, _) = await app.LinkAsync(sent, change: l => l.Supersede(sent.Revision + 1));
        var unknown = Configurator.Web.Features.Portal.ClientTokens.New().Token;
        var client = app.ClientBrowser();

        foreach (var token in new[] { expired, revoked, superseded, unknown, "not-a-token", new string('a', 300) })
        {
            foreach (var response in new[] { await client.GetAsync($"/p/{token}"), await client.PostFormAsync($"/p/{token}"), await client.PostFormAsync($"/p/{token}/accept", ("name", "X")) })
            {
                var html = await response.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
                Assert.Contains("This link no longer opens", html);
                Assert.DoesNotContain("Open proposal", html);
            }
        }
        var revokedPage = await (await client.GetAsync($"/p/{revoked}")).Content.ReadAsStringAsync();
        var unknownPage = await (await client.GetAsync($"/p/{unknown}")).Content.ReadAsStringAsync();
        Assert.Contains("Please contact Pat Presales", revokedPage);
        Assert.Contains("mailto:presales@demo.local", revokedPage);
        Assert.Contains("Please contact the person who sent you the link.", unknownPage);
        Assert.Contains("a newer version was sent to you; use the newest e-mail.", (await (await client.GetAsync($"/p/{superseded}")).Content.ReadAsStringAsync()).ToLowerInvariant());
        Assert.Equal(0, await app.ReadAsync(db => db.ClientDecisions.CountAsync()));
    }
}
