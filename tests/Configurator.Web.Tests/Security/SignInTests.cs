using System.Net;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

public sealed class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("admin@demo.local")]
    [InlineData("rep@demo.local")]
    [InlineData("presales@demo.local")]
    [InlineData("product@demo.local")]
    [InlineData("approver@demo.local")]
    public async Task EachDemoUserSignsInAndSeesTheDashboard(string email)
    {
        var browser = app.CreateBrowser();

        var response = await browser.PostLoginAsync(email, "Demo!2026");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains("Welcome", await browser.GetPageAsync("/"));
    }

    [Fact]
    public async Task WrongPasswordAndUnknownEmailGetTheSameMessage()
    {
        var wrongPassword = await app.CreateBrowser().PostLoginAsync("presales@demo.local", "not-the-password");
        var unknownEmail = await app.CreateBrowser().PostLoginAsync("nobody@demo.local", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownEmail.StatusCode);
        var encoded = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(SignInController.FailureMessage);
        Assert.Contains(encoded, await wrongPassword.Content.ReadAsStringAsync());
        Assert.Contains(encoded, await unknownEmail.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EmptyFieldsAreNamedNextToTheField()
    {
        var response = await app.CreateBrowser().PostLoginAsync("", "");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your email address.", html);
        Assert.Contains("Enter your password.", html);
    }

    [Fact]
    public async Task FiveFailuresLockTheAccount()
    {
        await app.CreateUserAsync("lockme@test.local", "Right!2026pw");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var failed = await app.CreateBrowser().PostLoginAsync("lockme@test.local", "Wrong!2026pw");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var withRightPassword = await app.CreateBrowser().PostLoginAsync("lockme@test.local", "Right!2026pw");

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        var user = await app.FindUserAsync("lockme@test.local");
        Assert.True(user!.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task FourFailuresDoNotLock()
    {
        await app.CreateUserAsync("fourtimes@test.local", "Right!2026pw");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await app.CreateBrowser().PostLoginAsync("fourtimes@test.local", "Wrong!2026pw");
        }

        var response = await app.CreateBrowser().PostLoginAsync("fourtimes@test.local", "Right!2026pw");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ReturnsToTheLocalPageAskedFor()
    {
        var response = await app.CreateBrowser().PostLoginAsync("admin@demo.local", "Demo!2026", "/admin/users");

        Assert.Equal("/admin/users", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task NeverRedirectsToAnotherSite()
    {
        var response = await app.CreateBrowser().PostLoginAsync("rep@demo.local", "Demo!2026", "https://evil.example/phish");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        var browser = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync("/"));

        var response = await browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task AuthCookieIsHttpOnlySecureAndSameSite()
    {
        var response = await app.CreateBrowser().PostLoginAsync("rep@demo.local", "Demo!2026");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Configurator.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
