using System.ComponentModel.DataAnnotations;

namespace Configurator.Web.Features.Me;

/// <summary>New recovery codes: the current password or a code from the app proves it is the person.</summary>
public sealed class NewRecoveryCodesForm
{
    [StringLength(256, ErrorMessage = "A password has at most {1} characters.")]
    public string? CurrentPassword { get; set; }

    [StringLength(16, ErrorMessage = "A code from the app has 6 digits.")]
    public string? Code { get; set; }
}
