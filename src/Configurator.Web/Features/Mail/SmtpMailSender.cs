using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Configurator.Web.Features.Mail;

/// <summary>
/// Sends what the outbox queued: all that is waiting goes over one connection, a message the server refuses (or
/// that a dropped connection leaves unsent) is tried again after <see cref="SmtpSettings.RetryDelay"/>, up to
/// <see cref="SmtpSettings.MaxAttempts"/> times. Failures are logged with the recipient and subject, never the
/// body; nothing here stops the app.
/// </summary>
public sealed class SmtpMailSender(SmtpMailOutbox outbox, SmtpSettings settings, ILogger<SmtpMailSender> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.IsConfigured)
        {
            return;
        }
        var retries = new List<QueuedMail>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (retries.Count == 0)
                {
                    if (!await outbox.Reader.WaitToReadAsync(stoppingToken))
                    {
                        return;
                    }
                }
                else
                {
                    await Task.Delay(settings.RetryDelay, stoppingToken);
                }
                var batch = new List<QueuedMail>(retries);
                retries.Clear();
                while (batch.Count < BatchSize && outbox.Reader.TryRead(out var queued))
                {
                    batch.Add(queued);
                }
                foreach (var failed in await SendAsync(batch, stoppingToken))
                {
                    if (failed.Attempt < SmtpSettings.MaxAttempts)
                    {
                        retries.Add(failed with { Attempt = failed.Attempt + 1 });
                    }
                    else
                    {
                        logger.LogError("Gave up on a mail to {To} ({Subject}) after {Attempts} tries", failed.Mail.ToEmail, failed.Mail.Subject, failed.Attempt);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The sender must outlive any failure: a crash here would stop every later mail.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "The mail sender failed; it carries on with the next mail");
            }
        }
    }

    /// <summary>Sends the batch over one connection; returns what is to be tried again.</summary>
    private async Task<IReadOnlyList<QueuedMail>> SendAsync(List<QueuedMail> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return [];
        }
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, Options(settings.Security), cancellationToken);
            if (settings.User is not null)
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (IsDeliveryFailure(e))
        {
            logger.LogWarning("Could not reach the SMTP server {Host}:{Port} to send {Count} mail(s): {Error}", settings.Host, settings.Port, batch.Count, e.Message);
            return batch;
        }

        var failed = new List<QueuedMail>();
        for (var i = 0; i < batch.Count; i++)
        {
            var queued = batch[i];
            if (Message(queued.Mail) is not { } message)
            {
                continue;
            }
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (SmtpCommandException e)
            {
                logger.LogWarning("The SMTP server refused a mail to {To} ({Subject}), try {Attempt} of {MaxAttempts}: {Status} {Error}",
                    queued.Mail.ToEmail, queued.Mail.Subject, queued.Attempt, SmtpSettings.MaxAttempts, (int)e.StatusCode, e.Message);
                failed.Add(queued);
            }
            catch (Exception e) when (IsDeliveryFailure(e))
            {
                logger.LogWarning("The connection to the SMTP server failed while sending a mail to {To} ({Subject}), try {Attempt} of {MaxAttempts}: {Error}",
                    queued.Mail.ToEmail, queued.Mail.Subject, queued.Attempt, SmtpSettings.MaxAttempts, e.Message);
                failed.AddRange(batch.Skip(i));
                break;
            }
        }
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true, cancellationToken);
            }
            catch (Exception e) when (IsDeliveryFailure(e))
            {
                logger.LogDebug("Closing the SMTP connection failed: {Error}", e.Message);
            }
        }
        return failed;
    }

    /// <summary>The MIME message, or null (logged, not retried) when an address cannot be written.</summary>
    private MimeMessage? Message(OutgoingMail mail)
    {
        try
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(settings.FromName ?? "", settings.From!));
            message.To.Add(new MailboxAddress(mail.ToName, mail.ToEmail));
            message.Subject = mail.Subject;
            message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
            return message;
        }
        catch (ParseException e)
        {
            logger.LogError("A mail to {To} ({Subject}) cannot be written and is dropped: {Error}", mail.ToEmail, mail.Subject, e.Message);
            return null;
        }
    }

    private static SecureSocketOptions Options(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    /// <summary>What a server or network can do to a send; a bug (anything else) is not caught here.</summary>
    private static bool IsDeliveryFailure(Exception e) =>
        e is IOException or System.Net.Sockets.SocketException or SmtpCommandException or SmtpProtocolException or AuthenticationException
            or ServiceNotConnectedException or ServiceNotAuthenticatedException or SslHandshakeException or TimeoutException
            or System.Security.Authentication.AuthenticationException or NotSupportedException;
}
