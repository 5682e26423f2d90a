using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Security;

/// <summary>
/// Sessions end when they should: a cookie someone saved, or an API token, stops working on its next request
/// after sign-out, a password change or reset, a role change or disabling the user, and past the absolute lifetime.
/// Each test replays the very cookie or token that worked before.
/// </summary>
public sealed class SessionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Password = "Session!2026pw";

    /// <summary>A browser's sign-in cookie as someone could copy it, replayed from a client that keeps no cookies of its own.</summary>
    private sealed class SavedCookie(AppFactory app, string cookie)
    {
        public async Task<HttpResponseMessage> GetAsync(string path)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", cookie);
            return await Client().SendAsync(request);
        }

        /// <summary>Whether the cookie still opens a page that needs a signed-in user.</summary>
        public async Task<bool> OpensAsync() => (await GetAsync("/")).StatusCode == HttpStatusCode.OK;

        public HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });

        public string Header => cookie;
    }

    private async Task<SavedCookie> SignInAsync(string email, string password = Password)
    {
        var client = new SavedCookie(app, "").Client();
        var page = await client.GetAsync("/login");
        var antiforgery = Cookies(page);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = BrowserExtensions.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/login") { Content = form };
        request.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return new SavedCookie(app, $"{antiforgery}; {Cookies(signedIn)}");
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private async Task<(HttpClient Api, string RefreshToken)> TokenAsync(string email, string password = Password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var answer = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer.GetProperty("accessToken").GetString());
        return (client, answer.GetProperty("refreshToken").GetString()!);
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        await app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") })
            .PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private async Task<AppUser> UserAsync(string email, params string[] roles) => await app.CreateUserAsync(email, Password, roles);

    private async Task WithAdminAsync(Func<HttpClient, Task> act) => await act(await app.SignInAsync("admin@demo.local"));

    [Fact]
    public async Task ACookieSavedBeforeSignOutIsRefusedAfterwardsWhileOtherSessionsGoOn()
    {
        await UserAsync("signout@test.local", Roles.Rep);
        var saved = await SignInAsync("signout@test.local");
        var laptop = await app.SignInAsync("signout@test.local", Password);
        Assert.True(await saved.OpensAsync());

        // Sign out the way the header's button does, with this cookie.
        var client = saved.Client();
        var page = await saved.GetAsync("/");
        var signOut = new HttpRequestMessage(HttpMethod.Post, "/logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = BrowserExtensions.AntiforgeryToken(await page.Content.ReadAsStringAsync()) }),
        };
        signOut.Headers.Add("Cookie", saved.Header);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(signOut)).StatusCode);

        var replayed = await saved.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("https://localhost/login", replayed.Headers.Location!.ToString());
        // Signing out of one browser leaves the person's other browsers signed in.
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task AnAdminsPasswordResetEndsTheCookieAndTheTokenAtOnce()
    {
        var user = await UserAsync("reset@test.local", Roles.Rep);
        var saved = await SignInAsync("reset@test.local");
        var (api, refresh) = await TokenAsync("reset@test.local");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        await WithAdminAsync(async admin =>
        {
            var reset = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/password",
                new Dictionary<string, string> { ["Password.NewPassword"] = "Another!2026pw" });
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Contains("signed%20out%20everywhere", reset.Headers.Location!.ToString());
        });

        Assert.False(await saved.OpensAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(refresh)).StatusCode);
        Assert.True(await (await SignInAsync("reset@test.local", "Another!2026pw")).OpensAsync());
    }

    [Fact]
    public async Task TakingARoleAwayEndsSessionsSoTheOldRolesAreNotUsedAgain()
    {
        var user = await UserAsync("demoted@test.local", Roles.ProductManager);
        var saved = await SignInAsync("demoted@test.local");
        var (api, _) = await TokenAsync("demoted@test.local");
        Assert.Equal(HttpStatusCode.OK, (await saved.GetAsync("/catalogue/items/new")).StatusCode);

        await WithAdminAsync(async admin =>
        {
            var page = Html.Parse(await admin.GetPageAsync($"/admin/users/{user.Id}"));
            var saveDetails = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/details", new Dictionary<string, string>
            {
                ["Details.DisplayName"] = "Demoted",
                ["Details.Roles"] = Roles.Rep,
                ["Details.ConcurrencyStamp"] = page.One("input[name='Details.ConcurrencyStamp']").GetAttribute("value")!,
            });
            Assert.Equal(HttpStatusCode.Redirect, saveDetails.StatusCode);
        });

        Assert.False(await saved.OpensAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/catalogue")).StatusCode);
        var again = await TokenAsync("demoted@test.local");
        var me = await again.Api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal([Roles.Rep], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
    }

    [Fact]
    public async Task ADisabledUserIsSignedOutEverywhereCannotSignInAndCanBeEnabledAgain()
    {
        var user = await UserAsync("disabled@test.local", Roles.Presales);
        var saved = await SignInAsync("disabled@test.local");
        var (api, refresh) = await TokenAsync("disabled@test.local");

        await WithAdminAsync(async admin =>
        {
            var disabled = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/disable", []);
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
            var list = Html.Parse(await admin.GetPageAsync("/admin/users?q=disabled%40test"));
            Assert.Equal("Disabled", list.One("td[data-label='Status'] .badge").TextContent.Trim());
        });

        Assert.False(await saved.OpensAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(refresh)).StatusCode);
        var refused = await app.CreateBrowser().PostLoginAsync("disabled@test.local", Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Email or password is incorrect", await refused.Content.ReadAsStringAsync());
        var token = await app.CreateBrowser().PostAsJsonAsync("/api/v1/auth/token", new { email = "disabled@test.local", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);

        await WithAdminAsync(async admin =>
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/enable", [])).StatusCode));
        Assert.True(await (await SignInAsync("disabled@test.local")).OpensAsync());
    }

    [Fact]
    public async Task AnAdminCannotDisableThemselves()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var self = (await app.FindUserAsync("admin@demo.local"))!;

        var answer = await admin.SubmitFormAsync($"/admin/users/{self.Id}", $"/admin/users/{self.Id}/disable", []);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("You cannot disable your own account.", await answer.Content.ReadAsStringAsync());
        Assert.Null((await app.FindUserAsync("admin@demo.local"))!.DisabledAt);
    }

    [Fact]
    public async Task ASessionEndsAtItsAbsoluteLifetimeHoweverActive()
    {
        var user = await UserAsync("longday@test.local", Roles.Rep);
        var saved = await SignInAsync("longday@test.local");
        var (api, refresh) = await TokenAsync("longday@test.local");
        Assert.True(await saved.OpensAsync());

        // Thirteen hours on: past the default absolute lifetime of 12 h, though the cookie itself slides on.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
            foreach (var session in await db.Sessions.Where(s => s.UserId == user.Id).ToListAsync())
            {
                db.Entry(session).Property(s => s.StartedAt).CurrentValue = DateTimeOffset.UtcNow.AddHours(-13);
            }
            await db.SaveChangesAsync();
        }

        Assert.False(await saved.OpensAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(refresh)).StatusCode);
    }

    [Fact]
    public async Task TheRefreshTokenGivesANewAccessTokenWhileTheSessionLives()
    {
        await UserAsync("refresh@test.local", Roles.Rep);
        var (_, refresh) = await TokenAsync("refresh@test.local");

        var refreshed = await RefreshAsync(refresh);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        var api = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal("refresh@test.local", (await api.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync("not-a-refresh-token")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await RefreshAsync("")).StatusCode);
    }

    [Fact]
    public async Task ChangingYourOwnPasswordNeedsTheCurrentOneAndSignsOutYourOtherSessions()
    {
        await UserAsync("ownpassword@test.local", Roles.Rep);
        var other = await SignInAsync("ownpassword@test.local");
        var (api, _) = await TokenAsync("ownpassword@test.local");
        var browser = await app.SignInAsync("ownpassword@test.local", Password);

        var wrong = await browser.SubmitFormAsync("/me/password", "/me/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not-it",
            ["NewPassword"] = "Changed!2026pw",
            ["ConfirmPassword"] = "Changed!2026pw",
        });
        var wrongPage = Html.Parse(await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("The password is not correct.", wrongPage.One("[data-valmsg-for=CurrentPassword]").TextContent.Trim());
        Assert.True(await other.OpensAsync());

        var mismatch = Html.Parse(await (await browser.SubmitFormAsync("/me/password", "/me/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Password,
            ["NewPassword"] = "Changed!2026pw",
            ["ConfirmPassword"] = "Changed!2026px",
        })).Content.ReadAsStringAsync());
        Assert.Equal("The two new passwords are not the same; type them again.", mismatch.One("[data-valmsg-for=ConfirmPassword]").TextContent.Trim());

        var common = Html.Parse(await (await browser.SubmitFormAsync("/me/password", "/me/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Password,
            ["NewPassword"] = "Iloveyou2026!",
            ["ConfirmPassword"] = "Iloveyou2026!",
        })).Content.ReadAsStringAsync());
        Assert.Contains("one of the most common ones", common.One("[data-valmsg-for=NewPassword]").TextContent);
        Assert.True(await other.OpensAsync());

        var changed = await browser.SubmitFormAsync("/me/password", "/me/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Password,
            ["NewPassword"] = "Changed!2026pw",
            ["ConfirmPassword"] = "Changed!2026pw",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Password changed.", await browser.GetPageAsync(changed.Headers.Location!.ToString()));
        Assert.False(await other.OpensAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.True(await (await SignInAsync("ownpassword@test.local", "Changed!2026pw")).OpensAsync());
    }

    [Fact]
    public async Task TheApiChangesTheCallersPasswordAndNamesTheWrongField()
    {
        await UserAsync("apipassword@test.local", Roles.Rep);
        var (api, _) = await TokenAsync("apipassword@test.local");

        var wrong = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "nope", newPassword = "Changed!2026pw" });
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("currentPassword", out _));

        var weak = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = Password, newPassword = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True((await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("newPassword", out _));
        var common = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = Password, newPassword = "Password1!" });
        var commonProblem = await common.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.Contains("most common", commonProblem.GetProperty("errors").GetProperty("newPassword")[0].GetString());

        var changed = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = Password, newPassword = "Changed!2026pw" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        var (again, _) = await TokenAsync("apipassword@test.local", "Changed!2026pw");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task ChangingTheLanguageKeepsTheSameSession()
    {
        await UserAsync("language@test.local", Roles.Rep);
        var browser = await app.SignInAsync("language@test.local", Password);

        var switched = await browser.SubmitFormAsync("/", "/me/language", new Dictionary<string, string> { ["language"] = "zh-CN", ["returnUrl"] = "/" });

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("lang=\"zh-CN\"", await browser.GetPageAsync("/"));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var userId = (await app.FindUserAsync("language@test.local"))!.Id;
        Assert.Equal(1, await db.Sessions.CountAsync(s => s.UserId == userId && s.EndedAt == null));
    }

    [Fact]
    public async Task EveryWayOfSigningInComputesOnePasswordHash()
    {
        await UserAsync("timing@test.local");
        var locked = await UserAsync("timing-locked@test.local");
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().SetLockoutEndDateAsync(
                (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(locked.Id))!, DateTimeOffset.UtcNow.AddHours(1));
        }
        var counting = new CountingHasher();
        using var factory = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddScoped<IPasswordHasher<AppUser>>(_ => counting)));

        async Task<int> HashesFor(string email, string password)
        {
            counting.Verified = 0;
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
            var answer = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
            Assert.Equal(email == "timing@test.local" && password == Password ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, answer.StatusCode);
            return counting.Verified;
        }

        Assert.Equal(1, await HashesFor("timing@test.local", Password));
        Assert.Equal(1, await HashesFor("timing@test.local", "wrong!2026PW"));
        Assert.Equal(1, await HashesFor("nobody-here@test.local", Password));
        Assert.Equal(1, await HashesFor("timing-locked@test.local", Password));
    }

    /// <summary>Identity's hasher, counting the checks it makes.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();

        public int Verified { get; set; }

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
