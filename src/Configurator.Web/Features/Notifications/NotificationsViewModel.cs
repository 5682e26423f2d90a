namespace Configurator.Web.Features.Notifications;

/// <summary>The person's notifications, newest first, and how many are unread.</summary>
public sealed record NotificationsViewModel(IReadOnlyList<NotificationRow> Rows, int Unread);
