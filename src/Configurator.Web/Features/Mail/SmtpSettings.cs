using System.Globalization;
using MimeKit;

namespace Configurator.Web.Features.Mail;

/// <summary>
/// The <c>Smtp:*</c> settings, read once and checked at start: a port or sender that cannot work is a start-up
/// error naming the setting, not a mail that silently never leaves.
/// </summary>
public sealed record SmtpSettings(string? Host, int Port, SmtpSecurity Security, string? User, string? Password, string? From, string? FromName, TimeSpan RetryDelay)
{
    public const string Section = "Smtp";

    public const int DefaultPort = 587;

    /// <summary>Tries per message before it is given up (logged, never thrown).</summary>
    public const int MaxAttempts = 4;

    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>Mail goes out only with a server and a sender.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);

    /// <summary>The settings, or an <see cref="InvalidOperationException"/> that names the setting to correct.</summary>
    public static SmtpSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var host = Blank(section["Host"]);
        var from = Blank(section["From"]);

        var port = DefaultPort;
        if (Blank(section["Port"]) is { } rawPort
            && (!int.TryParse(rawPort, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new InvalidOperationException($"Smtp:Port must be a whole number from 1 to 65535; it is \"{rawPort}\".");
        }

        var security = SmtpSecurity.StartTls;
        if (Blank(section["Security"]) is { } rawSecurity
            && (!Enum.TryParse(rawSecurity, ignoreCase: true, out security) || !Enum.IsDefined(security) || int.TryParse(rawSecurity, out _)))
        {
            throw new InvalidOperationException($"Smtp:Security must be one of {string.Join(", ", Enum.GetNames<SmtpSecurity>())}; it is \"{rawSecurity}\".");
        }

        if (from is not null && !IsAddress(from))
        {
            throw new InvalidOperationException($"Smtp:From must be one e-mail address, such as proposals@example.com; it is \"{from}\".");
        }
        if (host is not null && from is null)
        {
            throw new InvalidOperationException("Smtp:From is required when Smtp:Host is set: mail needs a sender address.");
        }

        var retryDelay = DefaultRetryDelay;
        if (Blank(section["RetryDelay"]) is { } rawDelay
            && (!TimeSpan.TryParse(rawDelay, CultureInfo.InvariantCulture, out retryDelay) || retryDelay < TimeSpan.Zero || retryDelay > TimeSpan.FromHours(1)))
        {
            throw new InvalidOperationException($"Smtp:RetryDelay must be a duration such as 00:00:30 (at most an hour); it is \"{rawDelay}\".");
        }

        return new SmtpSettings(host, port, security, Blank(section["User"]), section["Password"], from, Blank(section["FromName"]), retryDelay);
    }

    private static bool IsAddress(string value) =>
        MailboxAddress.TryParse(value, out var address) && string.IsNullOrEmpty(address.Name) && address.Address.Contains('@', StringComparison.Ordinal)
        && !address.Address.StartsWith('@') && !address.Address.EndsWith('@');

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The password never reaches a log.</summary>
    public override string ToString() => $"SmtpSettings {{ Host = {Host}, Port = {Port}, Security = {Security}, User = {User}, From = {From} }}";
}
