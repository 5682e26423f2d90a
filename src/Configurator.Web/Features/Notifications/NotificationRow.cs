namespace Configurator.Web.Features.Notifications;

/// <summary>One line of the notifications page, already in the reader's words.</summary>
public sealed record NotificationRow(long Id, string Sentence, DateTimeOffset At, bool Unread);
