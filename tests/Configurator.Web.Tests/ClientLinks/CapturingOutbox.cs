using System.Collections.Concurrent;
using Configurator.Web.Features.Mail;

namespace Configurator.Web.Tests.ClientLinks;

/// <summary>An outbox that keeps every mail it is given, for the tests to read.</summary>
public sealed class CapturingOutbox : IMailOutbox
{
    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public bool IsConfigured => true;

    public void Enqueue(OutgoingMail mail) => Sent.Enqueue(mail);
}
