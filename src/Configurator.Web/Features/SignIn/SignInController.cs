using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.SignIn;

public sealed class SignInController(AppSignInManager signInManager, SecondFactor secondFactor, ILogger<SignInController> logger, IStringLocalizer<Text> T) : Controller
{
    // One message for every failure, so the page never tells whether an email has an account.
    public const string FailureMessage = "Email or password is incorrect, or the account is locked for a while after too many attempts.";

    // One message for a wrong code, a used recovery code, a locked account and a step that ran out of time.
    public const string CodeFailureMessage = "That code did not work, or this step ran out of time. Type the code your app shows now, or sign in again.";

    public const string CodePath = "/login/code";
    public const string SetupPath = "/login/authenticator";

    [AllowAnonymous]
    [HttpGet("/login")]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }
        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("/login")]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var (user, result) = await signInManager.CheckAsync(form.Email, form.Password);
        if (user is not null && result.Succeeded)
        {
            switch (await signInManager.SignInAfterPasswordAsync(user))
            {
                case SignInStep.CodeRequired:
                    return Redirect(WithReturnUrl(CodePath, form.ReturnUrl));
                case SignInStep.SetupRequired:
                    return Redirect(WithReturnUrl(SetupPath, form.ReturnUrl));
                default:
                    logger.LogInformation("User {UserId} signed in.", user.Id);
                    return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
            }
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out.", user?.Id);
        }
        ModelState.AddModelError(string.Empty, T[FailureMessage]);
        form.Password = "";
        return View(form);
    }

    [AllowAnonymous]
    [HttpGet(CodePath)]
    public IActionResult Code(string? returnUrl)
    {
        ViewData["Title"] = T["Sign in"].Value;
        return View("Code", new CodeForm { ReturnUrl = returnUrl });
    }

    /// <summary>
    /// The second step: a code from the app or a recovery code. Wrong code, used recovery code, locked account and a
    /// pending step that ran out all answer alike; a wrong one counts towards lockout. The session starts only here.
    /// </summary>
    [AllowAnonymous]
    [HttpPost(CodePath)]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> Code(CodeForm form)
    {
        ViewData["Title"] = T["Sign in"].Value;
        if (string.IsNullOrWhiteSpace(form.Code) && string.IsNullOrWhiteSpace(form.RecoveryCode))
        {
            ModelState.AddModelError(nameof(form.Code), T["Type the 6-digit code your app shows, or one of your recovery codes."]);
        }
        if (!ModelState.IsValid)
        {
            return View("Code", new CodeForm { ReturnUrl = form.ReturnUrl });
        }
        var user = await signInManager.PendingUserAsync(SignInStep.CodeRequired);
        if (user is not null && await secondFactor.VerifyAsync(user, form.Code, form.RecoveryCode))
        {
            await signInManager.CompletePendingAsync(user);
            logger.LogInformation("User {UserId} signed in with a second factor ({Kind}).", user.Id, string.IsNullOrWhiteSpace(form.Code) ? "recovery code" : "authenticator");
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }
        ModelState.AddModelError(string.Empty, T[CodeFailureMessage]);
        return View("Code", new CodeForm { ReturnUrl = form.ReturnUrl });
    }

    /// <summary>A role requires an authenticator app and this person has none: they set it up before reaching anything else.</summary>
    [AllowAnonymous]
    [HttpGet(SetupPath)]
    public async Task<IActionResult> Setup(string? returnUrl)
    {
        var user = await signInManager.PendingUserAsync(SignInStep.SetupRequired);
        if (user is null)
        {
            return Redirect("/login");
        }
        return await SetupView(user, new SetupAtSignInForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost(SetupPath)]
    [EnableRateLimiting(SecuritySetup.SignInRateLimit)]
    public async Task<IActionResult> Setup(SetupAtSignInForm form)
    {
        var user = await signInManager.PendingUserAsync(SignInStep.SetupRequired);
        if (user is null)
        {
            return Redirect("/login");
        }
        if (ModelState.IsValid)
        {
            var recoveryCodes = await secondFactor.EnableAsync(user, form.Code);
            if (recoveryCodes is not null)
            {
                await signInManager.CompletePendingAsync(user);
                logger.LogInformation("User {UserId} set up the authenticator app their role requires and signed in.", user.Id);
                ViewData["Title"] = T["Your recovery codes"].Value;
                return View("/Features/Me/RecoveryCodes.cshtml", new Me.RecoveryCodesViewModel(recoveryCodes, SafeReturnUrl(form.ReturnUrl)));
            }
            ModelState.AddModelError(nameof(form.Code), T["That is not the code the app shows for this key. Check that the app has the key below and type its current code."]);
        }
        return await SetupView(user, new SetupAtSignInForm { ReturnUrl = form.ReturnUrl });
    }

    [HttpPost("/logout")]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        return Redirect("/login");
    }

    private async Task<ViewResult> SetupView(AppUser user, SetupAtSignInForm form)
    {
        ViewData["Title"] = T["Set up your authenticator app"].Value;
        var setup = Me.AuthenticatorSetupModel.For(await secondFactor.KeyForSetupAsync(user));
        return View("Setup", new SetupAtSignInViewModel(setup, form));
    }

    private string WithReturnUrl(string path, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? $"{path}?returnUrl={Uri.EscapeDataString(returnUrl)}" : path;

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
