namespace Configurator.Web.Features.Mail;

/// <summary>Placeholder until the SMTP outbox (MailKit) is registered: nothing is configured, nothing is sent.</summary>
public sealed class NoMailOutbox : IMailOutbox
{
    public bool IsConfigured => false;

    public void Enqueue(OutgoingMail mail) => throw new InvalidOperationException("No SMTP server is configured (Smtp:Host); check IsConfigured before sending.");
}
