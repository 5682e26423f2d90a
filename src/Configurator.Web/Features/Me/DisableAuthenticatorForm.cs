using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.Me;

/// <summary>Turning the authenticator off needs the current password.</summary>
public sealed class DisableAuthenticatorForm
{
    [Required(ErrorMessage = "Enter the password you signed in with.")]
    [StringLength(256, ErrorMessage = "A password has at most {1} characters.")]
    public string CurrentPassword { get; set; } = "";
}
