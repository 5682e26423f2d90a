using System.Net;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

/// <summary>Guessing one-time codes is limited like guessing passwords: the code step shares the sign-in limit per client.</summary>
public sealed class TwoFactorRateLimitTests(RateLimitTests.StrictApp app) : IClassFixture<RateLimitTests.StrictApp>
{
    [Fact]
    public async Task TheCodeStepIsRateLimitedWithTheSignIn()
    {
        var browser = app.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await browser.SubmitFormAsync(SignInController.CodePath, SignInController.CodePath, new Dictionary<string, string> { ["Code"] = "123456" })).StatusCode);
        }
        var limited = await browser.SubmitFormAsync(SignInController.CodePath, SignInController.CodePath, new Dictionary<string, string> { ["Code"] = "123456" });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }
}
