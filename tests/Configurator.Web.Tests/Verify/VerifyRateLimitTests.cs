using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Verify;

/// <summary>"Verify a document" is open to anyone, so each address gets a few checks a minute, page and API together.</summary>
public sealed class VerifyRateLimitTests(VerifyRateLimitTests.Factory app) : IClassFixture<VerifyRateLimitTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimiting:VerificationsPerMinute"] = "2" };
    }

    [Fact]
    public async Task TheThirdCheckWithinAMinuteWaits()
    {
        var browser = app.CreateBrowser();
        var api = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync("/verify"));
        MultipartFormDataContent Form() => new()
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("%PDF-1.7 not ours"u8.ToArray()), "file", "a.pdf" },
        };

        var first = await browser.PostAsync("/verify", Form());
        var second = await api.PostAsync("/api/v1/verify", Form());
        var third = await browser.PostAsync("/verify", Form());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/verify")).StatusCode);
    }
}
