using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.Me;

/// <summary>Turning the authenticator on: the code the app shows for the key on the page.</summary>
public sealed class EnableAuthenticatorForm
{
    [Required(ErrorMessage = "Type the 6-digit code your app shows.")]
    [StringLength(16, ErrorMessage = "A code from the app has 6 digits.")]
    public string Code { get; set; } = "";
}
