using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Features.Tokens;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Security;

/// <summary>
/// Time-based one-time passwords (RFC 6238, computed here by <see cref="Totp"/> from the shared key): turning the app on
/// and off, the sign-in's second step for pages and the API, recovery codes, lockout, and an admin's reset.
/// </summary>
public sealed class TwoFactorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Password = "Second!2026factor";

    private sealed record AppUserWithKey(AppUser User, string Key, IReadOnlyList<string> RecoveryCodes);

    /// <summary>A user whose authenticator app is on, set up straight through Identity.</summary>
    private async Task<AppUserWithKey> UserWithAppAsync(string email, string role = Roles.Rep)
    {
        var created = await app.CreateUserAsync(email, Password, role);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        return new AppUserWithKey(user, (await users.GetAuthenticatorKeyAsync(user))!, codes);
    }

    private async Task<int> LiveSessionsAsync(string userId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        return await db.Sessions.CountAsync(s => s.UserId == userId && s.EndedAt == null);
    }

    private static async Task<HttpResponseMessage> PostCodeAsync(HttpClient browser, string? code, string? recoveryCode = null) =>
        await browser.SubmitFormAsync(SignInController.CodePath, SignInController.CodePath, new Dictionary<string, string>
        {
            ["Code"] = code ?? "",
            ["RecoveryCode"] = recoveryCode ?? "",
        });

    private async Task<HttpClient> PasswordStepAsync(string email)
    {
        var browser = app.CreateBrowser();
        var answer = await browser.PostLoginAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(SignInController.CodePath, answer.Headers.Location!.OriginalString);
        return browser;
    }

    private async Task<HttpResponseMessage> TokenAsync(object body) =>
        await app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") })
            .PostAsJsonAsync("/api/v1/auth/token", body);

    private static async Task<string> ErrorSummaryAsync(HttpResponseMessage answer) =>
        Html.Parse(await answer.Content.ReadAsStringAsync()).One(".alert--error").TextContent.Trim();

    [Fact]
    public async Task TurningTheAppOnShowsTheKeyNeedsARightCodeAndShowsTenRecoveryCodesOnce()
    {
        var user = await app.CreateUserAsync("enrol@test.local", Password, Roles.Presales);
        var browser = await app.SignInAsync("enrol@test.local", Password);

        var page = Html.Parse(await browser.GetPageAsync("/me/authenticator"));
        var key = page.One("#authenticator-key").TextContent.Replace(" ", "", StringComparison.Ordinal);
        var uri = page.One("#authenticator-uri").GetAttribute("href")!;
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", page.One("#authenticator-key").TextContent);
        Assert.StartsWith("otpauth://totp/Configurator:enrol%40test.local?", uri);
        Assert.Contains($"secret={key}&issuer=Configurator", uri);
        Assert.StartsWith("data:image/png;base64,", page.One(".authenticator__qr").GetAttribute("src"));
        // Opening the page again keeps the same key until it is confirmed.
        Assert.Equal(key, Html.Parse(await browser.GetPageAsync("/me/authenticator")).One("#authenticator-key").TextContent.Replace(" ", "", StringComparison.Ordinal));

        var wrong = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator", new Dictionary<string, string> { ["Code"] = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That is not the code the app shows for this key", await wrong.Content.ReadAsStringAsync());
        Assert.False((await app.FindUserAsync("enrol@test.local"))!.TwoFactorEnabled);

        var empty = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator", new Dictionary<string, string> { ["Code"] = "" });
        Assert.Contains("Type the 6-digit code your app shows.", await empty.Content.ReadAsStringAsync());

        var right = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var codes = Html.Parse(await right.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
        Assert.True((await app.FindUserAsync("enrol@test.local"))!.TwoFactorEnabled);

        // The same browser stays signed in, and the page now says the app is on, without the key or the codes.
        var on = await browser.GetPageAsync("/me/authenticator");
        Assert.Contains("10 recovery codes left.", on);
        Assert.DoesNotContain(key, on);
        Assert.DoesNotContain(codes[0], on);
        Assert.Equal(1, await LiveSessionsAsync(user.Id));
    }

    [Fact]
    public async Task SignInAsksForTheCodeAndStartsTheSessionOnlyAfterIt()
    {
        var (user, key, _) = await UserWithAppAsync("code@test.local");
        var browser = await PasswordStepAsync("code@test.local");

        // A right password alone opens nothing and starts no session.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(0, await LiveSessionsAsync(user.Id));

        var wrong = await PostCodeAsync(browser, Totp.WrongCode(key));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(SignInController.CodeFailureMessage, await ErrorSummaryAsync(wrong));
        Assert.Equal(0, await LiveSessionsAsync(user.Id));

        var right = await PostCodeAsync(browser, Totp.Code(key));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(1, await LiveSessionsAsync(user.Id));
        // The wrong code counted, the right one cleared the count.
        Assert.Equal(0, (await app.FindUserAsync("code@test.local"))!.AccessFailedCount);
    }

    [Fact]
    public async Task ACodeThatWasAcceptedOnceIsRefusedTheSecondTime()
    {
        var (user, key, _) = await UserWithAppAsync("replay@test.local");
        var code = Totp.Code(key);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(await PasswordStepAsync("replay@test.local"), code)).StatusCode);

        // Someone who saw the code (over a shoulder, in a phished form) and has the password cannot use it again.
        var replayed = await PostCodeAsync(await PasswordStepAsync("replay@test.local"), code);
        Assert.Equal(SignInController.CodeFailureMessage, await ErrorSummaryAsync(replayed));
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(new { email = "replay@test.local", password = Password, code })).StatusCode);
        Assert.Equal(1, await LiveSessionsAsync(user.Id));
        // The app's next code works.
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(new { email = "replay@test.local", password = Password, code = Totp.Code(key, stepOffset: 1) })).StatusCode);
    }

    [Fact]
    public async Task TheCodeStepKeepsWhereThePersonWasGoingAndAcceptsTheCodeWithASpace()
    {
        var (_, key, _) = await UserWithAppAsync("returnto@test.local");
        var browser = app.CreateBrowser();
        var password = await browser.PostLoginAsync("returnto@test.local", Password, returnUrl: "/proposals");
        Assert.Equal($"{SignInController.CodePath}?returnUrl=%2Fproposals", password.Headers.Location!.OriginalString);

        var code = Totp.Code(key);
        var page = await browser.GetPageAsync(password.Headers.Location.OriginalString);
        var answer = await browser.PostAsync(SignInController.CodePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = $"{code[..3]} {code[3..]}",
            ["ReturnUrl"] = Html.Parse(page).Attr("input[name=ReturnUrl]", "value"),
            ["__RequestVerificationToken"] = BrowserExtensions.AntiforgeryToken(page),
        }));
        Assert.Equal("/proposals", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceAndThenStopsWorking()
    {
        var (user, _, recoveryCodes) = await UserWithAppAsync("recovery@test.local");

        var first = await PostCodeAsync(await PasswordStepAsync("recovery@test.local"), code: null, recoveryCode: recoveryCodes[0].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var reused = await PostCodeAsync(await PasswordStepAsync("recovery@test.local"), code: null, recoveryCode: recoveryCodes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(SignInController.CodeFailureMessage, await ErrorSummaryAsync(reused));
        Assert.Equal(1, await LiveSessionsAsync(user.Id));

        // The API refuses the used code too, and takes an unused one.
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(new { email = "recovery@test.local", password = Password, recoveryCode = recoveryCodes[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(new { email = "recovery@test.local", password = Password, recoveryCode = recoveryCodes[1] })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(new { email = "recovery@test.local", password = Password, recoveryCode = recoveryCodes[1] })).StatusCode);
    }

    [Fact]
    public async Task AnotherUsersCodeIsRefusedOnThePageAndTheApi()
    {
        var mine = await UserWithAppAsync("mine@test.local");
        var theirs = await UserWithAppAsync("theirs@test.local");
        Assert.NotEqual(mine.Key, theirs.Key);

        var page = await PostCodeAsync(await PasswordStepAsync("mine@test.local"), Totp.Code(theirs.Key));
        Assert.Equal(SignInController.CodeFailureMessage, await ErrorSummaryAsync(page));
        var api = await TokenAsync(new { email = "mine@test.local", password = Password, code = Totp.Code(theirs.Key) });
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(TokenController.CodeFailureMessage, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, await LiveSessionsAsync(mine.User.Id));
    }

    [Fact]
    public async Task WrongCodesLockTheAccountAndThenEvenTheRightCodeIsRefusedTheSameWay()
    {
        var (user, key, _) = await UserWithAppAsync("lockout@test.local");
        var browser = await PasswordStepAsync("lockout@test.local");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(SignInController.CodeFailureMessage, await ErrorSummaryAsync(await PostCodeAsync(browser, Totp.WrongCode(key))));
        }
        Assert.NotNull((await app.FindUserAsync("lockout@test.local"))!.LockoutEnd);

        var right = await PostCodeAsync(browser, Totp.Code(key));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(SignInController.CodeFailureMessage, await ErrorSummaryAsync(right));
        Assert.Equal(0, await LiveSessionsAsync(user.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(new { email = "lockout@test.local", password = Password, code = Totp.Code(key) })).StatusCode);
    }

    [Fact]
    public async Task AStepThatRanOutAnswersLikeAWrongCode()
    {
        var (_, key, _) = await UserWithAppAsync("expired@test.local");
        var wrong = await PostCodeAsync(await PasswordStepAsync("expired@test.local"), Totp.WrongCode(key));

        // No pending step at all (it ran out, or was never started): the right code gets the very same answer.
        var expired = await PostCodeAsync(app.CreateBrowser(), Totp.Code(key));

        Assert.Equal(wrong.StatusCode, expired.StatusCode);
        Assert.Equal(await ErrorSummaryAsync(wrong), await ErrorSummaryAsync(expired));
    }

    [Fact]
    public async Task APasswordResetDuringTheCodeStepEndsTheStep()
    {
        var (user, key, _) = await UserWithAppAsync("midstep@test.local");
        var browser = await PasswordStepAsync("midstep@test.local");
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var found = (await users.FindByIdAsync(user.Id))!;
            Assert.True((await users.ResetPasswordAsync(found, await users.GeneratePasswordResetTokenAsync(found), "Brand-new!2026pw")).Succeeded);
        }

        var answer = await PostCodeAsync(browser, Totp.Code(key));

        Assert.Equal(SignInController.CodeFailureMessage, await ErrorSummaryAsync(answer));
        Assert.Equal(0, await LiveSessionsAsync(user.Id));
    }

    [Fact]
    public async Task TheCodeStepSaysWhatIsMissingOrTooLong()
    {
        await UserWithAppAsync("badinput@test.local");
        var browser = await PasswordStepAsync("badinput@test.local");

        var empty = await PostCodeAsync(browser, "");
        Assert.Contains("Type the 6-digit code your app shows, or one of your recovery codes.", await empty.Content.ReadAsStringAsync());
        var tooLong = await PostCodeAsync(browser, new string('1', 40));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("A code from the app has 6 digits.", await tooLong.Content.ReadAsStringAsync());
        var letters = await PostCodeAsync(browser, "abcdef");
        Assert.Equal(SignInController.CodeFailureMessage, await ErrorSummaryAsync(letters));
    }

    [Fact]
    public async Task TheTokenNeedsTheCodeAndSaysSoOnlyAfterTheRightPassword()
    {
        var (user, key, _) = await UserWithAppAsync("apicode@test.local");

        var missing = await TokenAsync(new { email = "apicode@test.local", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TokenController.CodeRequiredMessage, (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        // A wrong password says only what it always says, code or no code.
        var wrongPassword = await TokenAsync(new { email = "apicode@test.local", password = "Not-the-password-1" });
        Assert.Equal(SignInController.FailureMessage, (await wrongPassword.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var wrongPasswordWithCode = await TokenAsync(new { email = "apicode@test.local", password = "Not-the-password-1", code = Totp.Code(key) });
        Assert.Equal(SignInController.FailureMessage, (await wrongPasswordWithCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var wrongCode = await TokenAsync(new { email = "apicode@test.local", password = Password, code = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);

        var tooLong = await TokenAsync(new { email = "apicode@test.local", password = Password, code = new string('1', 100) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        var right = await TokenAsync(new { email = "apicode@test.local", password = Password, code = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(1, await LiveSessionsAsync(user.Id));
    }

    [Fact]
    public async Task NewRecoveryCodesNeedThePasswordOrACodeAndReplaceTheOldOnes()
    {
        var (_, key, oldCodes) = await UserWithAppAsync("newcodes@test.local");
        var browser = app.CreateBrowser();
        await browser.PostLoginAsync("newcodes@test.local", Password);
        await PostCodeAsync(browser, Totp.Code(key));

        var neither = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator/recovery-codes", new Dictionary<string, string> { ["CurrentPassword"] = "", ["Code"] = "" });
        Assert.Contains("Enter your current password, or a code from your app.", await neither.Content.ReadAsStringAsync());
        var wrongPassword = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator/recovery-codes", new Dictionary<string, string> { ["CurrentPassword"] = "wrong-password-1" });
        Assert.Contains("The password is not correct.", await wrongPassword.Content.ReadAsStringAsync());
        Assert.Empty(Html.Parse(await wrongPassword.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes"));

        var byCode = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator/recovery-codes", new Dictionary<string, string> { ["Code"] = Totp.Code(key, stepOffset: 1) });
        var newCodes = Html.Parse(await byCode.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, newCodes.Count);
        var byPassword = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator/recovery-codes", new Dictionary<string, string> { ["CurrentPassword"] = Password });
        var newestCodes = Html.Parse(await byPassword.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, newestCodes.Count);

        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(new { email = "newcodes@test.local", password = Password, recoveryCode = oldCodes[2] })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(new { email = "newcodes@test.local", password = Password, recoveryCode = newCodes[2] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(new { email = "newcodes@test.local", password = Password, recoveryCode = newestCodes[2] })).StatusCode);
    }

    [Fact]
    public async Task TurningTheAppOffNeedsTheCurrentPassword()
    {
        var (_, key, _) = await UserWithAppAsync("turnoff@test.local");
        var browser = app.CreateBrowser();
        await browser.PostLoginAsync("turnoff@test.local", Password);
        await PostCodeAsync(browser, Totp.Code(key));

        var wrong = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator/disable", new Dictionary<string, string> { ["Disable.CurrentPassword"] = "wrong-password-1" });
        Assert.Contains("The password is not correct.", await wrong.Content.ReadAsStringAsync());
        Assert.True((await app.FindUserAsync("turnoff@test.local"))!.TwoFactorEnabled);

        var off = await browser.SubmitFormAsync("/me/authenticator", "/me/authenticator/disable", new Dictionary<string, string> { ["Disable.CurrentPassword"] = Password });
        Assert.Equal("/me/authenticator?message=off", off.Headers.Location!.OriginalString);
        Assert.False((await app.FindUserAsync("turnoff@test.local"))!.TwoFactorEnabled);
        // Still signed in here, and the password alone signs in from now on.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().PostLoginAsync("turnoff@test.local", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(new { email = "turnoff@test.local", password = Password })).StatusCode);
    }

    [Fact]
    public async Task AnAdminsResetTurnsTheAppOffAndEndsEverySessionOfThePerson()
    {
        var (user, key, _) = await UserWithAppAsync("lostphone@test.local");
        var browser = app.CreateBrowser();
        await browser.PostLoginAsync("lostphone@test.local", Password);
        await PostCodeAsync(browser, Totp.Code(key));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var admin = await app.SignInAsync("admin@demo.local");
        var edit = Html.Parse(await admin.GetPageAsync($"/admin/users/{user.Id}"));
        Assert.Contains("On:", edit.One("#authenticator-status").TextContent);
        var reset = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/authenticator/reset", []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("signed%20out%20everywhere", reset.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(0, await LiveSessionsAsync(user.Id));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
            Assert.Equal("authenticator reset", await db.Sessions.Where(s => s.UserId == user.Id).Select(s => s.EndedBecause).FirstAsync());
        }
        var after = (await app.FindUserAsync("lostphone@test.local"))!;
        Assert.False(after.TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().PostLoginAsync("lostphone@test.local", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(new { email = "lostphone@test.local", password = Password })).StatusCode);
    }

    [Fact]
    public async Task ResettingAndRequiringAreForAdminsOnly()
    {
        var (user, _, _) = await UserWithAppAsync("notadmin@test.local", Roles.Approver);
        var approver = await app.SignInAsync("approver@demo.local");
        var page = await approver.GetPageAsync("/me/authenticator");
        var token = BrowserExtensions.AntiforgeryToken(page);

        var reset = await approver.PostAsync($"/admin/users/{user.Id}/authenticator/reset", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var require = await approver.PostAsync("/admin/users/two-factor", new FormUrlEncodedContent(new Dictionary<string, string> { ["roles"] = Roles.Rep, ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, require.StatusCode);
        Assert.True((await app.FindUserAsync("notadmin@test.local"))!.TwoFactorEnabled);
    }

    [Fact]
    public async Task DemoAccountsSignInWithThePasswordAloneAndNoRoleRequiresTheApp()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
            Assert.Empty(await db.TwoFactorRoles.ToListAsync());
            Assert.DoesNotContain(await db.Users.Where(u => u.Email!.EndsWith("@demo.local")).Select(u => u.TwoFactorEnabled).ToListAsync(), on => on);
        }
        var admin = await app.SignInAsync("admin@demo.local");
        var settings = Html.Parse(await admin.GetPageAsync("/admin/users/two-factor"));
        Assert.Empty(settings.QuerySelectorAll("input[name=roles][checked]"));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(new { email = "rep@demo.local", password = "Demo!2026" })).StatusCode);
    }
}
