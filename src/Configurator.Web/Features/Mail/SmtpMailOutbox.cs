using System.Threading.Channels;

namespace Configurator.Web.Features.Mail;

/// <summary>
/// The outbox in front of the SMTP server: a page queues its mail here and carries on; <see cref="SmtpMailSender"/>
/// sends it in the background. The queue is bounded so a server that is down cannot fill the memory: past that, a
/// mail is dropped and logged.
/// </summary>
public sealed class SmtpMailOutbox(SmtpSettings settings, ILogger<SmtpMailOutbox> logger) : IMailOutbox
{
    public const int Capacity = 1_000;

    private readonly Channel<QueuedMail> _queue = Channel.CreateBounded<QueuedMail>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public bool IsConfigured => settings.IsConfigured;

    internal ChannelReader<QueuedMail> Reader => _queue.Reader;

    public void Enqueue(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!IsConfigured)
        {
            throw new InvalidOperationException("No SMTP server is configured (Smtp:Host, Smtp:From); check IsConfigured before sending.");
        }
        if (!_queue.Writer.TryWrite(new QueuedMail(mail, 1)))
        {
            logger.LogError("The mail queue is full ({Capacity}); a mail to {To} ({Subject}) is dropped", Capacity, mail.ToEmail, mail.Subject);
        }
    }

    /// <summary>Puts a mail back for another try; false when the queue is full.</summary>
    internal bool Requeue(QueuedMail mail) => _queue.Writer.TryWrite(mail);
}

/// <summary>A mail in the queue and the try it is on.</summary>
internal sealed record QueuedMail(OutgoingMail Mail, int Attempt);
