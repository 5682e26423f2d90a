using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

public sealed class AntiforgeryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> NewUser(string email) => new()
    {
        ["Email"] = email,
        ["DisplayName"] = "Forged",
        ["Password"] = "Forged!2026",
        ["Roles"] = "Rep",
    };

    [Fact]
    public async Task LoginWithoutTokenIsRefused()
    {
        var browser = app.CreateBrowser();
        await browser.GetAsync("/login");

        var response = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "rep@demo.local",
            ["Password"] = "Demo!2026",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task PostWithoutTokenIsRefusedAndChangesNothing()
    {
        var browser = await app.SignInAsync("admin@demo.local");

        var response = await browser.PostAsync("/admin/users/new", new FormUrlEncodedContent(NewUser("forged1@test.local")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The request could not be accepted", await response.Content.ReadAsStringAsync());
        Assert.Null(await app.FindUserAsync("forged1@test.local"));
    }

    [Fact]
    public async Task PostWithAnotherSessionsTokenIsRefused()
    {
        var other = await app.SignInAsync("rep@demo.local");
        var staleToken = BrowserExtensions.AntiforgeryToken(await other.GetPageAsync("/"));
        var browser = await app.SignInAsync("admin@demo.local");
        var fields = NewUser("forged2@test.local");
        fields["__RequestVerificationToken"] = staleToken;

        var response = await browser.PostAsync("/admin/users/new", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await app.FindUserAsync("forged2@test.local"));
    }

    [Fact]
    public async Task HtmxRequestCarriesTheTokenInAHeader()
    {
        var browser = await app.SignInAsync("admin@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync("/admin/users"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/users/new") { Content = new FormUrlEncodedContent(NewUser("byheader@test.local")) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await app.FindUserAsync("byheader@test.local"));
    }
}
