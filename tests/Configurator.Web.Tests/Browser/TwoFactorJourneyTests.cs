using Configurator.Domain.Users;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Browser;

/// <summary>
/// A rep turns on an authenticator app from their profile, keeps the recovery codes, and signs in again with a code
/// computed from the key the page showed, then with a recovery code, in a real browser.
/// </summary>
public sealed class TwoFactorJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "Journey!2026factor";

    [Fact]
    public async Task ARepTurnsOnAnAuthenticatorAppAndSignsInWithItsCode()
    {
        await app.CreateUserAsync("journey@test.local", Password, Roles.Rep);
        await using var rep = await app.SessionAsync("two-factor");
        var page = rep.Page;
        var key = "";
        var recoveryCode = "";

        await rep.StepAsync("the profile offers the app beside the password", async () =>
        {
            await rep.SignInAsync("journey@test.local", Password);
            await rep.GoAsync("/me/password");
            await rep.ClickAndWaitForPageAsync("nav a[href='/me/authenticator']");
            key = (await rep.TextAsync("#authenticator-key")).Replace(" ", "", StringComparison.Ordinal);
            Assert.Equal(32, key.Length);
            Assert.True(await page.EvaluateExpressionAsync<bool>("document.querySelector('.authenticator__qr').naturalWidth > 100"));
            await rep.AssertAccessibleAsync();
            await rep.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await rep.ScreenshotAsync("setup");
        });

        await rep.StepAsync("a wrong code is refused next to the field, the right one shows ten recovery codes", async () =>
        {
            await rep.FillAsync("#setup-code", Totp.WrongCode(key));
            await rep.ClickAndWaitForPageAsync("form[action='/me/authenticator'] button[type=submit]");
            Assert.Contains("That is not the code the app shows", await rep.TextAsync(".field__error"));
            await rep.FillAsync("#setup-code", Totp.Code(key));
            await rep.ClickAndWaitForPageAsync("form[action='/me/authenticator'] button[type=submit]");
            Assert.Equal(10, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#recovery-codes code').length"));
            recoveryCode = await rep.TextAsync("#recovery-codes li:first-child code");
            await rep.AssertAccessibleAsync();
            await rep.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await rep.ScreenshotAsync("recovery-codes");
            await rep.ClickAndWaitForPageAsync(".form-actions a.btn--primary");
            Assert.Contains("10 recovery codes left.", await rep.TextAsync("#authenticator-status"));
        });

        await rep.StepAsync("signing in again asks for the code after the password", async () =>
        {
            await rep.SignOutAsync();
            await rep.GoAsync("/login");
            await page.TypeAsync("#Email", "journey@test.local");
            await page.TypeAsync("#Password", Password);
            await rep.ClickAndWaitForPageAsync("button[type=submit]");
            Assert.Contains("/login/code", page.Url);
            await rep.AssertAccessibleAsync();
            await rep.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
            await rep.ScreenshotAsync("code-step");
            // The next step's code: the one that turned the app on cannot be used a second time.
            await page.TypeAsync("#Code", Totp.Code(key, stepOffset: 1));
            await rep.ClickAndWaitForPageAsync("button[type=submit]");
            Assert.DoesNotContain("/login", page.Url);
        });

        await rep.StepAsync("a recovery code works once instead of the code", async () =>
        {
            await rep.SignOutAsync();
            await rep.GoAsync("/login");
            await page.TypeAsync("#Email", "journey@test.local");
            await page.TypeAsync("#Password", Password);
            await rep.ClickAndWaitForPageAsync("button[type=submit]");
            await page.ClickAsync(".signin__recovery summary");
            await page.TypeAsync("#RecoveryCode", recoveryCode);
            await rep.ClickAndWaitForPageAsync("button[type=submit]");
            Assert.DoesNotContain("/login", page.Url);
            await rep.GoAsync("/me/authenticator");
            Assert.Contains("9 recovery codes left.", await rep.TextAsync("#authenticator-status"));
        });

        Assert.Empty(rep.Problems);
    }
}
