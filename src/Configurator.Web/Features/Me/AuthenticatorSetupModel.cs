using Configurator.Web.Features.SignIn;
using QRCoder;

namespace Configurator.Web.Features.Me;

/// <summary>What an authenticator app needs: the key in groups to type, the otpauth:// URI, and that URI as a QR code (a PNG data URI, drawn in process).</summary>
public sealed record AuthenticatorSetupModel(string GroupedKey, string Uri, string QrCodeDataUri)
{
    public static AuthenticatorSetupModel For(AuthenticatorKey key)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(key.Uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(4);
        return new AuthenticatorSetupModel(key.Grouped, key.Uri, $"data:image/png;base64,{Convert.ToBase64String(png)}");
    }
}
