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
}
