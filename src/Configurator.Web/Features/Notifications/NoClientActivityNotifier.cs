namespace Configurator.Web.Features.Notifications;

/// <summary>Placeholder until the notifications feature is registered: nobody is told.</summary>
public sealed class NoClientActivityNotifier : IClientActivityNotifier
{
    public Task NotifyAsync(ClientActivity activity, CancellationToken cancellationToken) => Task.CompletedTask;
}
