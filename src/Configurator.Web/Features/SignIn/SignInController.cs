using System.Security.Claims;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.SignIn;

public sealed class SignInController(AppSignInManager signInManager, ILogger<SignInController> logger, IStringLocalizer<Text> T) : Controller
{
    // One message for every failure, so the page never tells whether an email has an account.
    public const string FailureMessage = "Email or password is incorrect, or the account is locked for a while after too many attempts.";

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
            await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
            logger.LogInformation("User {UserId} signed in.", user.Id);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out.", user?.Id);
        }
        ModelState.AddModelError(string.Empty, T[FailureMessage]);
        form.Password = "";
        return View(form);
    }

    [HttpPost("/logout")]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        return Redirect("/login");
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
