using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Features.Portal;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Configurator.Web.Tests.Portal;

/// <summary>The client's page as the first page open to people outside the company: its headers, no cookies, the token never written down, nothing internal shown.</summary>
public sealed class PortalSecurityTests(PortalSecurityTests.LoggedApp app) : IClassFixture<PortalSecurityTests.LoggedApp>
{
    public sealed class LoggedApp : AppFactory
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new Capture(Lines)));
        }

        private sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
        {
            public ILogger CreateLogger(string categoryName) => this;

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue(state.ToString() ?? "");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + " " + state + " " + exception);

            public void Dispose()
            {
            }
        }
    }

    private const string Csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    [Fact]
    public async Task EveryPortalResponseHasTheStrictPolicyNoReferrerNoIndexAndNoCookie()
    {
        var sent = await app.SentProposalAsync("Headers Oy");
        var (token, _) = await app.LinkAsync(sent);
        var (revoked, _) = await app.LinkAsync(sent, change: l => l.Revoke("someone", DateTimeOffset.UtcNow));
        var client = app.ClientBrowser();

        var responses = new[]
        {
            await client.GetAsync($"/p/{token}"),
            await client.PostFormAsync($"/p/{token}"),
            await client.PostFormAsync($"/p/{token}/choose", ("optionId", sent.OptionIds[0].ToString(CultureInfo.InvariantCulture))),
            await client.PostFormAsync($"/p/{token}/accept", ("name", "")),
            await client.PostFormAsync($"/p/{token}/pdf"),
            await client.PostFormAsync($"/p/{token}/signed.pdf"),
            await client.GetAsync($"/p/{revoked}"),
            await client.GetAsync("/p/not-a-token"),
        };

        foreach (var response in responses)
        {
            Assert.Equal(Csp, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{response.RequestMessage!.RequestUri} set a cookie");
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("<script>", html);
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Gone or HttpStatusCode.UnprocessableEntity)
                {
                    Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html);
                }
            }
        }
        Assert.Contains("<script src=\"/js/signature.js", await responses[1].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStaffCookieSentAlongChangesNothing()
    {
        var sent = await app.SentProposalAsync("Cookie Oy");
        var (token, linkId) = await app.LinkAsync(sent);
        var staff = await app.SignInAsync("presales@demo.local");

        var entry = await staff.GetAsync($"/p/{token}");
        var opened = await staff.PostFormAsync($"/p/{token}");
        var html = await opened.Content.ReadAsStringAsync();
        var anonymous = await (await app.ClientBrowser().PostFormAsync($"/p/{token}")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.False(entry.Headers.Contains("Set-Cookie"));
        Assert.False(opened.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("Pat Presales</", html.Replace("Sent by Pat Presales", ""));
        Assert.DoesNotContain("/logout", html);
        Assert.Equal(Html.Parse(anonymous).QuerySelectorAll("main form").Length, Html.Parse(html).QuerySelectorAll("main form").Length);
        Assert.Equal(2, (await app.ReadAsync(db => db.ClientLinks.SingleAsync(l => l.Id == linkId))).Views);
    }

    [Fact]
    public async Task TheTokenIsRedactedInRequestLogs()
    {
        var sent = await app.SentProposalAsync("Logs Oy");
        var (token, _) = await app.LinkAsync(sent);
        var client = app.ClientBrowser();

        await client.GetAsync($"/p/{token}");
        await client.PostFormAsync($"/p/{token}/accept", ("name", ""));
        await client.PostFormAsync($"/p/{token}/signed.pdf");

        Assert.Contains(app.Lines, l => l.Contains("HTTP GET /p/[redacted] responded 200", StringComparison.Ordinal));
        Assert.Contains(app.Lines, l => l.Contains("HTTP POST /p/[redacted]/accept responded 422", StringComparison.Ordinal));
        Assert.Equal([], app.Lines.Where(l => l.Contains(token, StringComparison.Ordinal)).ToArray());
        Assert.Equal("/p/[redacted]/accept", PortalRequests.Redact($"/p/{token}/accept"));
        Assert.Equal("/proposals/7", PortalRequests.Redact("/proposals/7"));
    }

    [Fact]
    public async Task NoPortalResponseShowsCostsMarginsCommentsNotesOrOtherPeoplesData()
    {
        string[] secrets = ["INTERNAL-APPROVAL-7Q", "INTERNAL-LINE-NOTE-7Q", "INTERNAL-PAIN-NOTE-7Q", "INTERNAL-STAKEHOLDER-NOTE-7Q", "other.recipient-7q@client.example", "OTHER-PROPOSAL-7Q"];
        var sent = await app.SentProposalAsync("Secrets Oy", submitComment: "INTERNAL-APPROVAL-7Q", prepare: async (presales, id) =>
        {
            var proposal = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
            var option = proposal.GetProperty("options")[0];
            var line = option.GetProperty("lines")[0].GetProperty("id").GetInt32();
            var noted = await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{option.GetProperty("id").GetInt32()}/lines/{line}",
                new { note = "INTERNAL-LINE-NOTE-7Q", version = proposal.GetProperty("version").GetInt32() });
            Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
            var pain = option.GetProperty("coverage")[0].GetProperty("painPointId").GetInt32();
            var version = (await noted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
            Assert.True((await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/pain-points/{pain}/note", new { text = "INTERNAL-PAIN-NOTE-7Q", version })).IsSuccessStatusCode);
        });
        var approver = await app.ApiClientAsync("approver@demo.local");
        var withCosts = await approver.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{sent.ProposalId}");
        var margin = withCosts.GetProperty("options")[0].GetProperty("margin");
        var figures = new[] { margin.GetProperty("cost").GetDecimal(), margin.GetProperty("amount").GetDecimal() }
            .SelectMany(f => new[] { f.ToString("N2", CultureInfo.InvariantCulture), f.ToString("N0", CultureInfo.InvariantCulture) + ".00" });
        Assert.Equal(HttpStatusCode.Created, (await sent.Presales.PostAsJsonAsync($"/api/v1/opportunities/{sent.OpportunityId}/proposals",
            new { title = "OTHER-PROPOSAL-7Q", language = "en", termMonths = 12 })).StatusCode);
        var (token, _) = await app.LinkAsync(sent);
        var (other, _) = await app.LinkAsync(sent, "Sam Jones", "other.recipient-7q@client.example");
        await app.ClientBrowser().PostFormAsync($"/p/{other}/ask", ("text", "A question from Sam"));
        var client = app.ClientBrowser();

        var pages = new List<string>();
        foreach (var response in new[]
        {
            await client.GetAsync($"/p/{token}"),
            await client.PostFormAsync($"/p/{token}"),
            await client.PostFormAsync($"/p/{token}/choose", ("optionId", sent.OptionIds[0].ToString(CultureInfo.InvariantCulture))),
            await client.PostFormAsync($"/p/{token}/ask", ("text", "When can you start?")),
            await client.PostFormAsync($"/p/{token}/accept", ("name", "Dana")),
            await client.PostFormAsync($"/p/{token}/decline", ("reason", "")),
            await client.PostFormAsync($"/p/{token}/decline", ("reason", "price")),
        })
        {
            pages.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains(pages, p => p.Contains(sent.OptionNames[0], StringComparison.Ordinal));
        foreach (var page in pages)
        {
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, page));
            Assert.All(figures, figure => Assert.DoesNotContain(figure, page));
            Assert.DoesNotContain("A question from Sam", page);
        }
    }
}

/// <summary>The client's page is limited per address: a token guesser meets the limit, with the same answer for every path.</summary>
public sealed class PortalRateLimitTests(PortalRateLimitTests.StrictApp app) : IClassFixture<PortalRateLimitTests.StrictApp>
{
    public sealed class StrictApp : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimiting:PortalPerMinute"] = "3" };
    }

    [Fact]
    public async Task TheFourthRequestFromOneAddressWithinAMinuteIsRefused()
    {
        var client = app.ClientBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync($"/p/{ClientTokens.New().Token}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Gone, HttpStatusCode.Gone, HttpStatusCode.Gone, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }
}
