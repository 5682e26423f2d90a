using System.ComponentModel.DataAnnotations;
using Configurator.Domain.Users;

namespace Configurator.Web.Features.Users;

public sealed class UserDetailsForm
{
    [Required(ErrorMessage = "Enter the name colleagues will see.")]
    [StringLength(UserLimits.DisplayNameMaxLength, ErrorMessage = "A name has at most {1} characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    /// <summary>The phone number documents print in the contact block; optional.</summary>
    public string? Phone { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>The version the admin saw; a stale one means someone else changed the user meanwhile.</summary>
    public string ConcurrencyStamp { get; set; } = "";
}
