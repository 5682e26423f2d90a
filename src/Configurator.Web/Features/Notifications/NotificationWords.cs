using Configurator.Domain.Portal;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Notifications;

/// <summary>What the client did, in the words of the current language: the bell's list and the e-mails say it the same way.</summary>
public sealed class NotificationWords(IStringLocalizer<Text> T)
{
    /// <summary>The whole sentence, with the question or the reason when there is one.</summary>
    public string Sentence(ClientActivityKind kind, string client, string proposal, string detail) => kind switch
    {
        ClientActivityKind.FirstOpened => T["{0} opened “{1}” for the first time", client, proposal],
        ClientActivityKind.Asked when detail.Length > 0 => T["{0} asked a question on “{1}”: {2}", client, proposal, detail],
        ClientActivityKind.Asked => T["{0} asked a question on “{1}”", client, proposal],
        ClientActivityKind.Accepted => T["{0} accepted “{1}”", client, proposal],
        ClientActivityKind.Declined when detail.Length > 0 => T["{0} declined “{1}”: {2}", client, proposal, Reason(detail)],
        ClientActivityKind.Declined => T["{0} declined “{1}”", client, proposal],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The sentence without the question's text or the reason, short enough for a subject line.</summary>
    public string Headline(ClientActivityKind kind, string client, string proposal) => Sentence(kind, client, proposal, "");

    public string Notifications => T["Notifications"];

    /// <summary>The bell's accessible name: "Notifications, 3 unread".</summary>
    public string Bell(int unread) => T["Notifications, {0} unread", unread];

    public string OpenTheProposal => T["Open the proposal"];

    public string OpenTheProposalAt(string url) => T["Open the proposal: {0}", url];

    /// <summary>
    /// A decline's reason: the portal passes the reason's code ("Price", "Competitor: Acme", "NotAFit: …"); the code
    /// is worded in the reader's language, what the client wrote stays as written.
    /// </summary>
    public string Reason(string detail)
    {
        var colon = detail.IndexOf(':', StringComparison.Ordinal);
        var head = (colon < 0 ? detail : detail[..colon]).Trim();
        if (!Enum.TryParse<DeclineReason>(head, ignoreCase: false, out var reason) || !Enum.IsDefined(reason) || int.TryParse(head, out _))
        {
            return detail;
        }
        var label = ReasonLabel(reason);
        return colon < 0 ? label : T["{0}: {1}", label, detail[(colon + 1)..].Trim()];
    }

    public string ReasonLabel(DeclineReason reason) => reason switch
    {
        DeclineReason.Price => T["Price"],
        DeclineReason.Timing => T["Timing"],
        DeclineReason.Competitor => T["Chose a competitor"],
        DeclineReason.NoBudget => T["No budget"],
        DeclineReason.NotAFit => T["Not a fit"],
        _ => T["Other"],
    };
}
