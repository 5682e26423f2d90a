using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.Me;

/// <summary>POST /api/v1/me/password: <c>{"currentPassword": "…", "newPassword": "…"}</c>.</summary>
public sealed class PasswordChange
{
    [Required(ErrorMessage = "Give the current password.")]
    [MaxLength(256, ErrorMessage = "A password has at most {1} characters.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Give the new password.")]
    [MaxLength(256, ErrorMessage = "A password has at most {1} characters.")]
    public string NewPassword { get; set; } = "";
}
