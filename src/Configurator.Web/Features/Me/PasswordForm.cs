using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.Me;

public sealed class PasswordForm
{
    [Required(ErrorMessage = "Enter the password you signed in with.")]
    [StringLength(256, ErrorMessage = "A password has at most {1} characters.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password.")]
    [StringLength(256, ErrorMessage = "A password has at most {1} characters.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password once more.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same; type them again.")]
    public string ConfirmPassword { get; set; } = "";
}
