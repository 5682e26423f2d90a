using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Portal;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Tests.ClientLinks;

/// <summary>What presales see once the client has used a link (the portal's writes stood in for by the domain's own methods).</summary>
public sealed class EngagementTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task VisitsAndADeclineShowInTheApiTheBuilderTheListAndTheTimeline()
    {
        var proposal = await app.SendableAsync("Visited");
        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/revisions/1/send",
            new { recipients = new[] { proposal.People["Dana Smith"], proposal.People["Lee Wong"] } })).StatusCode);
        var opened = DateTimeOffset.UtcNow.AddDays(-2);
        var optionId = (await proposal.Presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{proposal.Id}")).GetProperty("options")[0].GetProperty("id").GetInt32();
        await app.InDatabaseAsync(async db =>
        {
            var dana = await db.ClientLinks.SingleAsync(l => l.ProposalId == proposal.Id && l.RecipientName == "Dana Smith");
            dana.Opened(opened);
            dana.Seen(opened.AddMinutes(4));
            dana.Chose(optionId, opened.AddMinutes(4).AddSeconds(10));
            dana.Downloaded(opened.AddMinutes(5));
            dana.Opened(opened.AddHours(3));
            dana.Opened(opened.AddHours(5));
            await db.SaveChangesAsync();
            db.ClientDecisions.Add(ClientDecision.Declined(dana, DeclineReason.Price, "", "Too dear this year.", "Dana Smith", "203.0.113.9", "test", "sha", opened.AddHours(6)));
            return await db.SaveChangesAsync();
        });

        var row = (await proposal.Presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{proposal.Id}/engagement")).GetProperty("recipients")
            .EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Dana Smith");
        Assert.Equal((3, 300, 1, optionId), (row.GetProperty("views").GetInt32(), row.GetProperty("secondsSpent").GetInt32(), row.GetProperty("downloads").GetInt32(),
            row.GetProperty("chosenOptionId").GetInt32()));
        var decision = row.GetProperty("decision");
        Assert.Equal(("declined", "price", "Too dear this year."), (decision.GetProperty("kind").GetString(), decision.GetProperty("reason").GetString(), decision.GetProperty("text").GetString()));

        var browser = await app.SignInAsync("presales@demo.local");
        var panel = Html.Parse(await browser.GetPageAsync($"/proposals/{proposal.Id}")).One("#engagement-table");
        var dana = panel.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Dana Smith", StringComparison.Ordinal)).TextContent;
        Assert.Contains("3 views", dana);
        Assert.Contains("5 minutes · 1 download", dana);
        Assert.Contains("Declined", dana);
        Assert.Contains("Price", dana);
        Assert.Contains("Too dear this year.", dana);

        var list = Html.Parse(await browser.GetPageAsync("/proposals"));
        Assert.Equal("Declined", list.QuerySelectorAll("tr").First(r => r.TextContent.Contains("Visited proposal", StringComparison.Ordinal)).One("td.engagement-summary").TextContent.Trim());

        var timeline = System.Net.WebUtility.HtmlDecode(await browser.GetPageAsync($"/opportunities/{proposal.OpportunityId}"));
        Assert.Contains("Opened revision 1 of Visited proposal", timeline);
        Assert.Contains("Declined revision 1 of Visited proposal", timeline);
        Assert.Contains("Reason: Price", timeline);
        Assert.Contains("Revision 1 of Visited proposal sent to Dana Smith, Lee Wong", timeline);
    }

    [Fact]
    public async Task TheListSaysHowOftenAndWhenTheClientOpenedIt()
    {
        var proposal = await app.SendableAsync("Opened list");
        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/revisions/1/send",
            new { recipients = new[] { proposal.People["Dana Smith"] } })).StatusCode);
        await app.InDatabaseAsync(async db =>
        {
            var link = await db.ClientLinks.SingleAsync(l => l.ProposalId == proposal.Id);
            link.Opened(DateTimeOffset.UtcNow.AddDays(-3));
            link.Opened(DateTimeOffset.UtcNow.AddDays(-2).AddMinutes(-5));
            return await db.SaveChangesAsync();
        });

        var english = Html.Parse(await (await app.SignInAsync("presales@demo.local")).GetPageAsync("/proposals"));
        var chinese = Html.Parse(await (await app.SignInAsync("chen.jing@demo.local")).GetPageAsync("/proposals"));

        string Summary(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("tr").First(r => r.TextContent.Contains("Opened list proposal", StringComparison.Ordinal)).One("td.engagement-summary").TextContent.Trim();
        Assert.Equal("Opened 2 times, 2 days ago", Summary(english));
        Assert.Equal("打开 2 次（2 天前）", Summary(chinese));
    }
}
