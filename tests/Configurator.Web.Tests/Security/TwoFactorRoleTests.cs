using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Features.Tokens;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Security;

/// <summary>An admin requires an authenticator app for a role: its members set one up right after the password, before anything else.</summary>
public sealed class TwoFactorRoleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Password = "Required!2026factor";

    private async Task<int> LiveSessionsAsync(string userId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Sessions.CountAsync(s => s.UserId == userId && s.EndedAt == null);
    }

    private async Task<HttpResponseMessage> TokenAsync(object body) =>
        await app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") })
            .PostAsJsonAsync("/api/v1/auth/token", body);

    [Fact]
    public async Task ARoleThatRequiresTheAppSendsItsMembersToSetItUpBeforeAnythingElse()
    {
        var user = await app.CreateUserAsync("required@test.local", Password, Roles.Approver);
        var before = await app.SignInAsync("required@test.local", Password);
        var admin = await app.SignInAsync("admin@demo.local");

        var saved = await admin.SubmitFormAsync("/admin/users/two-factor", "/admin/users/two-factor", [new("roles", Roles.Approver)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // The two demo approvers and the new one have no app: all three are signed out.
        Assert.Contains("3%20people", saved.Headers.Location!.ToString());
        var settings = Html.Parse(await admin.GetPageAsync("/admin/users/two-factor"));
        Assert.Equal([Roles.Approver], settings.QuerySelectorAll("input[name=roles]").Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.Redirect, (await before.GetAsync("/")).StatusCode);
        // The admin's own role requires nothing: they go on.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);

        var browser = app.CreateBrowser();
        var password = await browser.PostLoginAsync("required@test.local", Password);
        Assert.Equal(SignInController.SetupPath, password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/me/authenticator")).StatusCode);
        Assert.Equal(0, await LiveSessionsAsync(user.Id));

        var setup = Html.Parse(await browser.GetPageAsync(SignInController.SetupPath));
        var key = setup.One("#authenticator-key").TextContent.Replace(" ", "", StringComparison.Ordinal);
        var wrong = await browser.SubmitFormAsync(SignInController.SetupPath, SignInController.SetupPath, new Dictionary<string, string> { ["Code"] = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That is not the code the app shows for this key", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(0, await LiveSessionsAsync(user.Id));

        var right = await browser.SubmitFormAsync(SignInController.SetupPath, SignInController.SetupPath, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(10, Html.Parse(await right.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes code").Length);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(1, await LiveSessionsAsync(user.Id));

        // While the role requires it, the app cannot be turned off.
        var off = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator/disable", new Dictionary<string, string> { ["Disable.CurrentPassword"] = Password });
        Assert.Contains("One of your roles requires an authenticator app, so it stays on.", await off.Content.ReadAsStringAsync());
        Assert.True((await app.FindUserAsync("required@test.local"))!.TwoFactorEnabled);

        // The API: a member without the app is told to set it up in the browser; with it, the code is needed.
        var notSetUp = await TokenAsync(new { email = "approver@demo.local", password = "Demo!2026" });
        Assert.Equal(HttpStatusCode.Forbidden, notSetUp.StatusCode);
        Assert.Equal(TokenController.SetupRequiredMessage, (await notSetUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(new { email = "required@test.local", password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(new { email = "required@test.local", password = Password, code = Totp.Code(key, stepOffset: 1) })).StatusCode);
        // A wrong password for a member without the app still says only that.
        var wrongPassword = await TokenAsync(new { email = "approver@demo.local", password = "Not-the-password-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);

        // Back to none, and the demo approver signs in with the password alone again.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/users/two-factor", "/admin/users/two-factor", [])).StatusCode);
        Assert.Equal("/", (await app.CreateBrowser().PostLoginAsync("approver@demo.local", "Demo!2026")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheSetupStepOpensOnlyAfterTheRightPassword()
    {
        var browser = app.CreateBrowser();
        Assert.Equal("/login", (await browser.GetAsync(SignInController.SetupPath)).Headers.Location!.OriginalString);
        var page = await browser.GetPageAsync("/login");
        var post = await browser.PostAsync(SignInController.SetupPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = "123456",
            ["__RequestVerificationToken"] = BrowserExtensions.AntiforgeryToken(page),
        }));
        Assert.Equal("/login", post.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnUnknownRoleIsRefusedAndNothingIsSaved()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var answer = await admin.SubmitFormAsync("/admin/users/two-factor", "/admin/users/two-factor", [new("roles", "Wizard"), new("roles", Roles.Rep)]);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Choose roles from the list", await answer.Content.ReadAsStringAsync());
        using var scope = app.Services.CreateScope();
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().TwoFactorRoles.Select(r => r.Role).ToListAsync(), r => r == Roles.Rep || r == "Wizard");
    }
}
