namespace Configurator.Web.Features.SignIn;

/// <summary>The shared key (base32, as Identity keeps it), the same in groups of four to type, and the otpauth:// URI a QR code carries.</summary>
public sealed record AuthenticatorKey(string Key, string Grouped, string Uri);
