using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.SignIn;

/// <summary>Setting up the authenticator app a role requires, right after the password: the first code the app shows.</summary>
public sealed class SetupAtSignInForm
{
    [Required(ErrorMessage = "Type the 6-digit code your app shows.")]
    [StringLength(16, ErrorMessage = "A code from the app has 6 digits.")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
