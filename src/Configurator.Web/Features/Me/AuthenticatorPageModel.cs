namespace Configurator.Web.Features.Me;

/// <summary>/me/authenticator: off (with the key to set it up) or on (with how many recovery codes are left), and whether a role requires it.</summary>
public sealed record AuthenticatorPageModel(bool Enabled, bool RequiredByRole, int RecoveryCodesLeft, AuthenticatorSetupModel? Setup, string? Message);
