namespace Configurator.Web.Features.Notifications;

/// <summary>Who hears about what a client did: the opportunity's owner (the rep), the proposal's author and whoever sent that link, each once.</summary>
public static class NotificationRecipients
{
    public static IReadOnlyList<string> Of(string? opportunityOwnerId, string? proposalAuthorId, string? linkSenderId) =>
        [.. new[] { opportunityOwnerId, proposalAuthorId, linkSenderId }.Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).Distinct(StringComparer.Ordinal)];
}
