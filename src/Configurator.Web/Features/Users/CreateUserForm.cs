using System.ComponentModel.DataAnnotations;
using Configurator.Domain.Users;

namespace Configurator.Web.Features.Users;

public sealed class CreateUserForm
{
    [Required(ErrorMessage = "Enter the person's email address; they sign in with it.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@company.com.")]
    [StringLength(UserLimits.EmailMaxLength, ErrorMessage = "An email address has at most {1} characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the name colleagues will see.")]
    [StringLength(UserLimits.DisplayNameMaxLength, ErrorMessage = "A name has at most {1} characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter a first password; the person can be given a new one later.")]
    [StringLength(256, ErrorMessage = "A password has at most {1} characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
