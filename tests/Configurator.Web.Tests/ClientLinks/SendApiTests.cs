using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Configurator.Domain.Portal;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Configurator.Web.Tests.ClientLinks;

/// <summary>Sending a revision over the API with a mail server set up (a capturing outbox): links, e-mails, refusals, revoke, supersede, engagement.</summary>
public sealed class SendApiTests(MailingApp app) : IClassFixture<MailingApp>
{
    private static string Send(int id, int revision) => $"/api/v1/proposals/{id}/revisions/{revision}/send";

    [Fact]
    public async Task SendsOneLinkPerRecipientEmailsThemInTheProposalsLanguageAndKeepsOnlyTheHash()
    {
        var proposal = await app.SendableAsync("华东仓储", language: "zh-CN");
        var recipients = new[] { proposal.People["Dana Smith"], proposal.People["Lee Wong"] };

        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var response = await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 1), new { recipients, message = "请查阅。", expiresAt = until.ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var links = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(recipients, links.Select(l => l.GetProperty("stakeholderId").GetInt32()));
        var urls = links.Select(l => l.GetProperty("url").GetString()!).ToList();
        Assert.All(urls, url => Assert.Matches("^https://localhost/p/[A-Za-z0-9_-]{43}$", url));
        var tokens = urls.Select(u => u[(u.LastIndexOf('/') + 1)..]).ToList();

        // The database keeps the hash of each token, never the token.
        var stored = await app.LinksAsync(proposal.Id);
        Assert.Equal(tokens.Select(t => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(t)))), stored.Select(l => l.TokenHash));
        if (app.Provider == Configurator.Web.Data.DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = Encoding.ASCII.GetString(await File.ReadAllBytesAsync(app.DatabasePath));
            Assert.All(tokens, token => Assert.DoesNotContain(token, file));
        }

        var mails = app.Outbox.Sent.Where(m => m.Subject.Contains("华东仓储", StringComparison.Ordinal)).ToList();
        Assert.Equal(["dana@client.example", "lee@client.example"], mails.Select(m => m.ToEmail).Order());
        var dana = mails.Single(m => m.ToEmail == "dana@client.example");
        Assert.Equal("致华东仓储 Ltd的方案：华东仓储 proposal", dana.Subject);
        Assert.StartsWith("Dana，您好：", dana.TextBody);
        Assert.Contains("请查阅。", dana.TextBody);
        Assert.Contains(urls[0], dana.TextBody);
        Assert.Contains($"href=\"{urls[0]}\"", dana.HtmlBody);
        Assert.Contains($"有效期至{until.Year}年{until.Month}月{until.Day}日", dana.TextBody);
        Assert.Contains("发件人：Pat Presales（presales@demo.local）", dana.TextBody);

        var read = await proposal.Presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{proposal.Id}");
        Assert.Equal("sent", read.GetProperty("status").GetString());
        var timeline = await (await app.SignInAsync("rep@demo.local")).GetPageAsync($"/opportunities/{proposal.OpportunityId}");
        Assert.Contains("Revision 1 of 华东仓储 proposal sent to Dana Smith, Lee Wong", WebUtility.HtmlDecode(timeline));
    }

    [Fact]
    public async Task EngagementAnswersEveryRecipientWithTheFieldsTheContractNames()
    {
        var proposal = await app.SendableAsync("Engaged");
        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 1), new { recipients = new[] { proposal.People["Dana Smith"] } })).StatusCode);

        // A rep reads the proposal, so the engagement too.
        var rep = await app.ApiClientAsync("rep@demo.local");
        var engagement = await rep.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{proposal.Id}/engagement");

        var row = Assert.Single(engagement.GetProperty("recipients").EnumerateArray().ToList());
        Assert.Equal(["linkId", "stakeholderId", "name", "email", "revision", "state", "sentAt", "expiresAt", "firstOpenedAt", "lastOpenedAt", "views", "secondsSpent",
            "downloads", "chosenOptionId", "decision"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Dana Smith", "dana@client.example", 1, "open", 0), (row.GetProperty("name").GetString(), row.GetProperty("email").GetString(),
            row.GetProperty("revision").GetInt32(), row.GetProperty("state").GetString(), row.GetProperty("views").GetInt32()));
        Assert.Equal(JsonValueKind.Null, row.GetProperty("decision").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("firstOpenedAt").ValueKind);
        // Without a date, the links open until the end of the document's validity date (issued today + 30 days).
        var expires = row.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(31), DateOnly.FromDateTime(expires.UtcDateTime));
        Assert.Equal(TimeSpan.Zero, expires.TimeOfDay);

        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostAsJsonAsync(Send(proposal.Id, 1), new { recipients = new[] { proposal.People["Lee Wong"] } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync("/api/v1/proposals/999999/engagement")).StatusCode);
    }

    [Fact]
    public async Task BadInputIsRefusedAtItsPathAndNothingIsSaved()
    {
        var proposal = await app.SendableAsync("Refusals");
        var (dana, sam) = (proposal.People["Dana Smith"], proposal.People["Sam Noemail"]);
        var mailsBefore = app.Outbox.Sent.Count;

        async Task<JsonElement> Refused(object body)
        {
            var response = await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 1), body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }

        Assert.Contains("at least one person", (await Refused(new { recipients = Array.Empty<int>() })).GetProperty("recipients")[0].GetString());
        Assert.Contains("no person with the id 999999", (await Refused(new { recipients = new[] { dana, 999999 } })).GetProperty("recipients[1]")[0].GetString());
        Assert.Equal("Sam Noemail has no e-mail address; add one on the opportunity's people first.",
            (await Refused(new { recipients = new[] { dana, sam } })).GetProperty("recipients[1]")[0].GetString());
        Assert.Contains("2000 characters", (await Refused(new { recipients = new[] { dana }, message = new string('x', 2001) })).GetProperty("message")[0].GetString());
        Assert.Contains("after today", (await Refused(new { recipients = new[] { dana }, expiresAt = "2020-01-01" })).GetProperty("expiresAt")[0].GetString());
        Assert.Contains("at most 366 days", (await Refused(new { recipients = new[] { dana }, expiresAt = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd") })).GetProperty("expiresAt")[0].GetString());
        Assert.Contains("such as 2027-01-31", (await Refused(new { recipients = new[] { dana }, expiresAt = "next Friday" })).GetProperty("expiresAt")[0].GetString());
        var all = await Refused(new { recipients = new[] { sam }, message = new string('x', 2001), expiresAt = "soon" });
        Assert.Equal(["expiresAt", "recipients[0]", "message"], all.EnumerateObject().Select(p => p.Name));

        Assert.Empty(await app.LinksAsync(proposal.Id));
        Assert.Equal(mailsBefore, app.Outbox.Sent.Count);
        Assert.Equal("approved", (await proposal.Presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{proposal.Id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnUnknownRevisionIsNotFoundAndAnOlderOrAWonOneIsAConflict()
    {
        var proposal = await app.SendableAsync("States");
        var body = new { recipients = new[] { proposal.People["Dana Smith"] } };

        Assert.Equal(HttpStatusCode.NotFound, (await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 2), body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await proposal.Presales.PostAsJsonAsync(Send(999999, 1), body)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/revisions", new { })).StatusCode);
        var older = await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 1), body);
        Assert.Equal(HttpStatusCode.Conflict, older.StatusCode);
        Assert.Contains("send revision 2 instead", (await older.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 2), body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await proposal.Presales.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/won", new { })).StatusCode);
        var won = await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 2), body);
        Assert.Equal(HttpStatusCode.Conflict, won.StatusCode);
        Assert.Contains("can no longer be sent", (await won.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ANewerRevisionSupersedesTheOldLinksAResendRevokesThePersonsLastLinkAndRevokeAnswersTheRow()
    {
        var proposal = await app.SendableAsync("Versions");
        var (dana, lee) = (proposal.People["Dana Smith"], proposal.People["Lee Wong"]);
        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 1), new { recipients = new[] { dana, lee } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/revisions", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 2), new { recipients = new[] { dana } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await proposal.Presales.PostAsJsonAsync(Send(proposal.Id, 2), new { recipients = new[] { dana } })).StatusCode);

        var links = await app.LinksAsync(proposal.Id);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal([(1, ClientLinkState.Superseded), (1, ClientLinkState.Superseded), (2, ClientLinkState.Revoked), (2, ClientLinkState.Open)],
            links.Select(l => (l.RevisionNumber, l.StateAt(now))));
        Assert.All(links.Take(2), l => Assert.Equal(2, l.SupersededBy));
        var read = await proposal.Presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{proposal.Id}");
        Assert.Equal("sent", read.GetProperty("status").GetString());
        Assert.Equal(["Revision 1 sent.", "Revision 2 sent."], read.GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("action").GetString() == "send").Select(h => h.GetProperty("comment").GetString()));

        var revoked = await proposal.Presales.PostAsync($"/api/v1/proposals/{proposal.Id}/links/{links[3].Id}/revoke", null);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var row = await revoked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((links[3].Id, "revoked"), (row.GetProperty("linkId").GetInt32(), row.GetProperty("state").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await proposal.Presales.PostAsync($"/api/v1/proposals/{proposal.Id}/links/999999/revoke", null)).StatusCode);
        var rep = await app.ApiClientAsync("rep@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostAsync($"/api/v1/proposals/{proposal.Id}/links/{links[3].Id}/revoke", null)).StatusCode);
    }
}
