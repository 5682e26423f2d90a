using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>The send page's and the engagement panel's words for what the rules say, in the reader's language.</summary>
public sealed class ClientLinkWords(IStringLocalizer<Text> T)
{
    /// <summary>Why this revision cannot be sent now, said for the page.</summary>
    public string Refusal(ClientLinkIssue issue, Proposal proposal, int revisionNumber, int? latest) => issue.Code switch
    {
        ClientLinkIssueCodes.NotSendable when proposal.Status is ProposalStatus.Draft or ProposalStatus.InReview =>
            T["Submit the proposal and have it approved, then issue a revision and send that."],
        ClientLinkIssueCodes.NotSendable => T["This proposal is {0}; it can no longer be sent to the client.", Status(proposal.Status)],
        ClientLinkIssueCodes.NotLatestRevision when latest is { } newest => T["Revision {0} is not the latest; send revision {1} instead.", revisionNumber, newest],
        _ => T["Issue a revision first: the client receives a numbered revision, and this proposal has none."],
    };

    /// <summary>A refused value, next to its field; <paramref name="nameOf"/> names the recipient at a "recipients[i]" path.</summary>
    public string Field(FieldError error, Func<string, string> nameOf) => error.Code switch
    {
        ClientLinkIssueCodes.NoRecipients => T["Choose at least one person to send the proposal to."],
        ClientLinkIssueCodes.RecipientUnknown => T["One of the people chosen is no longer on this opportunity; reload the page."],
        ClientLinkIssueCodes.EmailMissing => T["{0} has no e-mail address; add one on the opportunity's people first.", nameOf(error.Field)],
        ClientLinkIssueCodes.MessageTooLong => T["Keep the message to {0} characters.", ClientLinkRules.MessageMaxLength],
        ClientLinkIssueCodes.ExpiryPast => T["Choose an expiry date after today: the link would not open at all."],
        ClientLinkIssueCodes.ExpiryTooFar => T["A link opens for at most {0} days; choose an earlier expiry.", ClientLinkRules.LongestValidity.Days],
        ClientLinkIssueCodes.ExpiryUnreadable => T["Give the expiry as a date, such as 2027-01-31."],
        _ => error.Message,
    };

    public string Conflict(UseCaseResult result) =>
        result.Message == ClientLinkService.ConcurrentSend ? T[ClientLinkService.ConcurrentSend] : result.Message ?? "";

    public string State(ClientLinkState state) => state switch
    {
        ClientLinkState.Open => T["Open"],
        ClientLinkState.Expired => T["Expired"],
        ClientLinkState.Revoked => T["Revoked"],
        _ => T["Superseded"],
    };

    /// <summary>Time spent as people say it: "under a minute", "4 minutes", "1 hour 5 minutes".</summary>
    public string Duration(int seconds)
    {
        if (seconds < 60)
        {
            return seconds == 0 ? T["none"] : T["under a minute"];
        }
        var minutes = seconds / 60;
        if (minutes < 60)
        {
            return T.Plural(minutes, "{0} minute", "{0} minutes");
        }
        var hours = T.Plural(minutes / 60, "{0} hour", "{0} hours");
        return minutes % 60 == 0 ? hours : T["{0} {1}", hours, T.Plural(minutes % 60, "{0} minute", "{0} minutes")];
    }

    public string Views(int views) => T.Plural(views, "{0} view", "{0} views");

    public string Downloads(int downloads) => T.Plural(downloads, "{0} download", "{0} downloads");

    public string Decision(EngagementDecision decision) => decision.Kind == ClientDecisionKind.Accepted
        ? T["Accepted {0}", Display.Date(decision.At)]
        : decision.Reason is { } reason
            ? T["Declined {0}: {1}", Display.Date(decision.At), Reason(reason)]
            : T["Declined {0}", Display.Date(decision.At)];

    public string Reason(DeclineReason reason) => reason switch
    {
        DeclineReason.Price => T["Price"],
        DeclineReason.Timing => T["Timing"],
        DeclineReason.Competitor => T["Chose a competitor"],
        DeclineReason.NoBudget => T["No budget"],
        DeclineReason.NotAFit => T["Not a fit"],
        _ => T["Other"],
    };

    /// <summary>The proposals list's engagement column: "Not opened", "Opened 3 times, 2 days ago", "Accepted", "Declined".</summary>
    public string Summary(EngagementSummary? summary, DateTimeOffset now)
    {
        if (summary is null)
        {
            return "";
        }
        if (summary.Decision is { } decision)
        {
            return decision == ClientDecisionKind.Accepted ? T["Accepted"] : T["Declined"];
        }
        if (summary.Views == 0 || summary.LastOpenedAt is not { } last)
        {
            return T["Not opened"];
        }
        return T["{0}, {1}", T.Plural(summary.Views, "Opened once", "Opened {0} times"), Ago(now - last)];
    }

    public string Ago(TimeSpan span) =>
        span.TotalDays >= 1 ? T.Plural((int)span.TotalDays, "{0} day ago", "{0} days ago")
        : span.TotalHours >= 1 ? T.Plural((int)span.TotalHours, "{0} hour ago", "{0} hours ago")
        : span.TotalMinutes >= 1 ? T.Plural((int)span.TotalMinutes, "{0} minute ago", "{0} minutes ago")
        : T["just now"];

    private string Status(ProposalStatus status) => Languages.Current == Languages.English
        ? ProposalTerms.Label(status).ToLowerInvariant()
        : T[ProposalTerms.Label(status)].Value;
}
