using System.ComponentModel.DataAnnotations;
using Configurator.Domain.Users;

namespace Configurator.Web.Features.SignIn;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@company.com.")]
    [StringLength(UserLimits.EmailMaxLength, ErrorMessage = "An email address has at most {1} characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [StringLength(256, ErrorMessage = "A password has at most {1} characters.")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
