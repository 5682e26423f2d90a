using System.Net;
using System.Net.Http.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

public sealed class RateLimitTests(RateLimitTests.StrictApp app) : IClassFixture<RateLimitTests.StrictApp>
{
    public sealed class StrictApp : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimiting:SignInPermitsPerMinute"] = "3",
        };
    }

    [Fact]
    public async Task TokenAndLoginEndpointsShareALimitPerClient()
    {
        var client = app.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "x@test.local", password = "wrong" })).StatusCode);
        }

        var limitedApi = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "x@test.local", password = "wrong" });
        var limitedPage = await client.PostLoginAsync("x@test.local", "wrong");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedApi.StatusCode);
        Assert.Equal("application/problem+json", limitedApi.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedPage.StatusCode);
        Assert.Contains("Too many attempts", await limitedPage.Content.ReadAsStringAsync());
        // Both say when to come back: within the minute's window.
        Assert.InRange(int.Parse(limitedApi.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.InRange(int.Parse(limitedPage.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }
}
