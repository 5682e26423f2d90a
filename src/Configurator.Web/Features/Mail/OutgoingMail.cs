namespace Configurator.Web.Features.Mail;

/// <summary>One e-mail to one person: plain text always, HTML when the sender has one.</summary>
public sealed record OutgoingMail(string ToEmail, string ToName, string Subject, string TextBody, string? HtmlBody = null);

/// <summary>
/// Where e-mail goes out. <see cref="IsConfigured"/> is false when no SMTP server is set (<c>Smtp:Host</c>):
/// then nothing can be sent, and pages show what they would have sent instead (e.g. the links to copy).
/// </summary>
public interface IMailOutbox
{
    bool IsConfigured { get; }

    /// <summary>Queues the mail; it is sent in the background, so a slow server never holds up a page.</summary>
    void Enqueue(OutgoingMail mail);
}
