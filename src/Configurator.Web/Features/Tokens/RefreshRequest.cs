using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.Tokens;

public sealed class RefreshRequest
{
    [Required(ErrorMessage = "Give the refreshToken from the token answer.")]
    [MaxLength(4096, ErrorMessage = "A refresh token has at most {1} characters.")]
    public string RefreshToken { get; set; } = "";
}
