namespace Configurator.Web.Features.Notifications;

/// <summary>What the client did that the rep and presales hear about (a bell in the app, an e-mail when SMTP is configured).</summary>
public enum ClientActivityKind
{
    FirstOpened,
    Asked,
    Accepted,
    Declined,
}

/// <summary>One thing a client did on a proposal's link: who (the recipient's name), and for a question or a decline, what they wrote.</summary>
public sealed record ClientActivity(ClientActivityKind Kind, int ProposalId, int ClientLinkId, string RecipientName, string? Detail = null);

/// <summary>Tells the people on the deal (the opportunity's owner, the proposal's author and its sender) what the client did; called after the client's action is saved.</summary>
public interface IClientActivityNotifier
{
    Task NotifyAsync(ClientActivity activity, CancellationToken cancellationToken);
}
