using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.ClientLinks;

/// <summary>The whole way out: a revision sent over the API reaches an SMTP server (in process, on loopback) through MailKit, one mail per recipient, with the link shown to the sender.</summary>
public sealed class SendOverSmtpTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [Fact]
    public async Task EachRecipientReceivesTheirOwnLinkFromTheSmtpServer()
    {
        var proposal = await app.SendableAsync("Smtp Freight");
        var recipients = new[] { proposal.People["Dana Smith"], proposal.People["Lee Wong"] };

        var response = await proposal.Presales.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/revisions/1/send", new { recipients, message = "Here it is." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var urls = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("links").EnumerateArray()
            .ToDictionary(l => l.GetProperty("stakeholderId").GetInt32(), l => l.GetProperty("url").GetString()!);
        await app.Smtp.WaitForAsync(2);
        var dana = Assert.Single(app.Smtp.To("dana@client.example"));
        var lee = Assert.Single(app.Smtp.To("lee@client.example"));
        Assert.Equal("Proposal for Smtp Freight Ltd: Smtp Freight proposal", dana.Subject);
        Assert.Contains(urls[recipients[0]], dana.TextBody);
        Assert.Contains("Here it is.", dana.TextBody);
        Assert.Contains(urls[recipients[1]], lee.TextBody);
        Assert.DoesNotContain(urls[recipients[0]], lee.TextBody);
    }
}
