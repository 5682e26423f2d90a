using Configurator.Domain.Portal;

namespace Configurator.Web.Features.Notifications;

/// <summary>One recipient's link and the messages between them and the company, oldest first.</summary>
public sealed record ClientThread(int LinkId, string RecipientName, string RecipientEmail, int RevisionNumber, IReadOnlyList<ClientQuestion> Messages);
