using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.Users;

public sealed class ResetPasswordForm
{
    [Required(ErrorMessage = "Enter the new password.")]
    [StringLength(256, ErrorMessage = "A password has at most {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";
}
