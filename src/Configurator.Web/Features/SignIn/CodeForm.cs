using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.SignIn;

/// <summary>The sign-in's second step: the code the authenticator app shows, or one of the recovery codes.</summary>
public sealed class CodeForm
{
    [StringLength(16, ErrorMessage = "A code from the app has 6 digits.")]
    public string? Code { get; set; }

    [StringLength(32, ErrorMessage = "A recovery code looks like ABCDE-12345.")]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}
