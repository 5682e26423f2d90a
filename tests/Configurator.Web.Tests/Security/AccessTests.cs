using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

public sealed class AccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/users")]
    [InlineData("/admin/pdf")]
    [InlineData("/catalogue")]
    [InlineData("/catalogue/items/STD-WMS-CORE")]
    [InlineData("/catalogue/export.json")]
    public async Task AnonymousPageRequestRedirectsToLogin(string path)
    {
        var response = await app.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location.Query);
    }

    [Fact]
    public async Task AnonymousHtmxRequestIsToldToNavigateToLogin()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/users?q=a");
        request.Headers.Add("HX-Request", "true");

        var response = await app.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.GetValues("HX-Redirect").Single().Replace("https://localhost", ""));
    }

    [Fact]
    public async Task AnonymousApiCallGets401ProblemDetails()
    {
        var response = await app.CreateBrowser().GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("rep@demo.local")]
    [InlineData("presales@demo.local")]
    [InlineData("product@demo.local")]
    [InlineData("approver@demo.local")]
    public async Task OnlyAdminsReachUserManagement(string email)
    {
        var browser = await app.SignInAsync(email);

        var page = await browser.GetAsync("/admin/users");
        var pdf = await browser.GetAsync("/admin/pdf");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Not allowed", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, pdf.StatusCode);
    }

    [Fact]
    public async Task AForbiddenPostChangesNothing()
    {
        var browser = await app.SignInAsync("rep@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync("/"));

        var response = await browser.PostAsync("/admin/users/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = "sneaky@demo.local",
            ["DisplayName"] = "Sneaky",
            ["Password"] = "Sneaky!2026pw",
            ["Roles"] = "Admin",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var admin = await app.SignInAsync("admin@demo.local");
        Assert.DoesNotContain("sneaky@demo.local", await admin.GetPageAsync("/admin/users"));
    }

    [Fact]
    public async Task NavigationShowsAdminOnlyToAdmins()
    {
        var rep = await (await app.SignInAsync("rep@demo.local")).GetPageAsync("/");
        var admin = await (await app.SignInAsync("admin@demo.local")).GetPageAsync("/");

        Assert.DoesNotContain("href=\"/admin/users\"", rep);
        Assert.Contains("href=\"/admin/users\"", admin);
        foreach (var section in new[] { "Accounts", "Catalogue", "Proposals" })
        {
            Assert.Contains(section, rep);
        }
    }

    [Fact]
    public async Task UnknownUrlShowsTheNotFoundPage()
    {
        var browser = await app.SignInAsync("rep@demo.local");

        var response = await browser.GetAsync("/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html);
        Assert.Contains("<nav", html);
    }

    [Fact]
    public async Task UnknownUserIdIsNotFound()
    {
        var browser = await app.SignInAsync("admin@demo.local");

        var response = await browser.GetAsync("/admin/users/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
