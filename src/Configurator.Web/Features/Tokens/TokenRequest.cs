using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.Tokens;

public sealed class TokenRequest
{
    [Required(ErrorMessage = "Give the email address you sign in with.")]
    [MaxLength(256, ErrorMessage = "An email address has at most {1} characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Give your password.")]
    [MaxLength(256, ErrorMessage = "A password has at most {1} characters.")]
    public string Password { get; set; } = "";

    /// <summary>For an account with an authenticator app: the 6-digit code it shows now.</summary>
    [MaxLength(16, ErrorMessage = "A one-time code has 6 digits.")]
    public string? Code { get; set; }

    /// <summary>For an account with an authenticator app, instead of the code: one unused recovery code.</summary>
    [MaxLength(32, ErrorMessage = "A recovery code looks like ABCDE-12345.")]
    public string? RecoveryCode { get; set; }
}
