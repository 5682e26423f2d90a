using System.Net;
using System.Net.Http.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.ClientLinks;

/// <summary>The send page without a mail server: people to tick, refusals next to their fields, the links shown once; the builder's panel and the list's column.</summary>
public sealed class SendPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string SendPage(int id, int revision) => $"/proposals/{id}/revisions/{revision}/send";

    [Fact]
    public async Task SendingFromThePageShowsTheLinksOnceToCopyAndTheBuilderAndListShowTheEngagement()
    {
        var proposal = await app.SendableAsync("Page send");
        var browser = await app.SignInAsync("presales@demo.local");

        var builder = Html.Parse(await browser.GetPageAsync($"/proposals/{proposal.Id}"));
        Assert.Equal(SendPage(proposal.Id, 1), builder.Attr("#engagement a.btn--primary", "href"));
        Assert.Contains("Not sent to the client yet.", builder.One("#engagement").TextContent);

        var form = Html.Parse(await browser.GetPageAsync(SendPage(proposal.Id, 1)));
        var boxes = form.QuerySelectorAll("input[name=recipients]").ToList();
        Assert.Equal(3, boxes.Count);
        Assert.True(form.One($"input[value='{proposal.People["Dana Smith"]}']").HasAttribute("checked"));
        Assert.False(form.One($"input[value='{proposal.People["Lee Wong"]}']").HasAttribute("checked"));
        Assert.True(form.One($"input[value='{proposal.People["Sam Noemail"]}']").HasAttribute("disabled"));
        Assert.Contains("no e-mail:", form.One($"input[value='{proposal.People["Sam Noemail"]}']").ParentElement!.TextContent);
        Assert.Equal(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), form.Attr("#expiresOn", "value"));
        Assert.Contains("Please find our proposal for Page send Ltd", form.One("#message").TextContent);

        var sent = await browser.SubmitFormAsync(SendPage(proposal.Id, 1), SendPage(proposal.Id, 1),
            [new("recipients", proposal.People["Dana Smith"].ToString()), new("recipients", proposal.People["Lee Wong"].ToString()), new("message", "Here it is."), new("expiresOn", "")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/proposals/{proposal.Id}/revisions/1/sent", sent.Headers.Location!.OriginalString);

        var once = Html.Parse(await browser.GetPageAsync(sent.Headers.Location.OriginalString));
        Assert.Contains("No e-mail server is set up: copy each link and send it yourself.", once.One("#sent-links").TextContent);
        var urls = once.QuerySelectorAll("input.copy-link").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(2, urls.Count);
        Assert.All(urls, url => Assert.Matches("^https://localhost/p/[A-Za-z0-9_-]{43}$", url));

        var reloaded = await browser.GetPageAsync(sent.Headers.Location.OriginalString);
        Assert.Empty(Html.Parse(reloaded).QuerySelectorAll("input.copy-link"));
        Assert.All(urls, url => Assert.DoesNotContain(url, reloaded));
        Assert.Contains("The links were shown once", reloaded);

        var panel = Html.Parse(await browser.GetPageAsync($"/proposals/{proposal.Id}")).One("#engagement-table");
        Assert.Equal(2, panel.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Dana Smith", panel.TextContent);
        Assert.Contains("Not opened", panel.TextContent);
        Assert.Equal(2, panel.QuerySelectorAll("form[action$='/revoke'] button").Length);
        Assert.Contains("sent", (await proposal.Presales.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/proposals/{proposal.Id}")).GetProperty("status").GetString());

        var list = Html.Parse(await browser.GetPageAsync("/proposals"));
        var row = list.QuerySelectorAll("tr").First(r => r.TextContent.Contains("Page send proposal", StringComparison.Ordinal));
        Assert.Equal("Not opened", row.One("td.engagement-summary").TextContent.Trim());
    }

    [Fact]
    public async Task RefusalsShowNextToTheirFieldsAndKeepWhatWasTyped()
    {
        var proposal = await app.SendableAsync("Page refusals");
        var browser = await app.SignInAsync("presales@demo.local");

        var refused = await browser.SubmitFormAsync(SendPage(proposal.Id, 1), SendPage(proposal.Id, 1),
            [new("recipients", proposal.People["Lee Wong"].ToString()), new("message", new string('y', 2001)), new("expiresOn", "2020-01-01")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Keep the message to 2000 characters.", page.One("#message-error").TextContent);
        Assert.Equal("Choose an expiry date after today: the link would not open at all.", page.One("#expires-error").TextContent);
        Assert.Equal(new string('y', 2001), page.One("#message").TextContent);
        Assert.Equal("2020-01-01", page.Attr("#expiresOn", "value"));
        Assert.True(page.One($"input[value='{proposal.People["Lee Wong"]}']").HasAttribute("checked"));
        Assert.False(page.One($"input[value='{proposal.People["Dana Smith"]}']").HasAttribute("checked"));

        var none = await browser.SubmitFormAsync(SendPage(proposal.Id, 1), SendPage(proposal.Id, 1), [new("message", "Hi"), new("expiresOn", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("Choose at least one person to send the proposal to.", Html.Parse(await none.Content.ReadAsStringAsync()).One("#recipients-error").TextContent);

        Assert.Empty(await app.LinksAsync(proposal.Id));
    }

    [Fact]
    public async Task RevokingFromTheBuilderStopsTheLinkAndOnlyPresalesMaySend()
    {
        var proposal = await app.SendableAsync("Page revoke");
        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/revisions/1/send",
            new { recipients = new[] { proposal.People["Dana Smith"] } })).StatusCode);
        var link = Assert.Single(await app.LinksAsync(proposal.Id));
        var browser = await app.SignInAsync("presales@demo.local");

        var revoked = await browser.SubmitFormAsync($"/proposals/{proposal.Id}", $"/proposals/{proposal.Id}/links/{link.Id}/revoke", []);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.NotNull(Assert.Single(await app.LinksAsync(proposal.Id)).RevokedAt);
        var panel = Html.Parse(await browser.GetPageAsync($"/proposals/{proposal.Id}")).One("#engagement-table");
        Assert.Contains("Revoked", panel.TextContent);
        Assert.Empty(panel.QuerySelectorAll("form[action$='/revoke']"));

        var rep = await app.SignInAsync("rep@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync(SendPage(proposal.Id, 1))).StatusCode);
        Assert.Empty(Html.Parse(await rep.GetPageAsync($"/proposals/{proposal.Id}")).QuerySelectorAll("#engagement a.btn--primary"));
    }

    [Fact]
    public async Task TheChinesePageSaysWhyADraftCannotBeSent()
    {
        var (presales, id) = await app.ApprovedProposalAsync("Draft Ltd", "Draft", "en", ClientLinkScenarios.Pains, ClientLinkScenarios.People);
        await presales.IssueRevisionAsync(id);
        var proposal = await presales.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/proposals/{id}");
        var option = proposal.GetProperty("options")[0];
        var line = option.GetProperty("lines")[0];
        Assert.Equal(HttpStatusCode.OK, (await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{option.GetProperty("id").GetInt32()}/lines/{line.GetProperty("id").GetInt32()}",
            new { quantity = line.GetProperty("quantity").GetInt32() + 1, version = proposal.GetProperty("version").GetInt32() })).StatusCode);
        var browser = await app.SignInAsync("chen.jing@demo.local");

        var page = Html.Parse(await browser.GetPageAsync(SendPage(id, 1)));

        Assert.Equal("请先提交方案并获得批准，再发布一个版本后发送。", page.One("#send-refusal").TextContent);
        Assert.Empty(page.QuerySelectorAll("form[action$='/send']"));
    }
}
