namespace Configurator.Web.Features.Mail;

/// <summary>How the connection to the SMTP server is protected (<c>Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same machine or network.</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS (port 587); refused when the server cannot.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
