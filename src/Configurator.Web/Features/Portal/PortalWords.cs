using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Portal;

/// <summary>The client's page's words for the domain's refusals and the decline reasons, in the proposal's language.</summary>
public sealed class PortalWords(IStringLocalizer<Text> T)
{
    public string Issue(ClientLinkIssue issue, PortalVisit? visit) => issue.Code switch
    {
        ClientLinkIssueCodes.AlreadyDecided when visit?.Decision is { Kind: ClientDecisionKind.Accepted } d => T["This proposal was already accepted by {0}; nothing more to do.", d.SignerName],
        ClientLinkIssueCodes.AlreadyDecided => T["This proposal was already declined by {0}; it can no longer be accepted.", visit?.Decision?.SignerName ?? ""],
        ClientLinkIssueCodes.LinkClosed when visit?.State == ClientLinkState.Superseded => T["A newer version of this proposal was sent to you; answer that one."],
        ClientLinkIssueCodes.LinkClosed when visit?.State is ClientLinkState.Expired or ClientLinkState.Revoked => T["This link no longer opens; ask the sender for a new one."],
        ClientLinkIssueCodes.LinkClosed => T["This proposal can no longer be answered online; please contact the sender."],
        ClientLinkIssueCodes.OptionUnknown => T["Choose one of the proposal's options."],
        ClientLinkIssueCodes.NameMissing => T["Type your full name."],
        ClientLinkIssueCodes.NameTooLong => T["Keep your name to {0} characters.", ClientLinkRules.SignerNameMaxLength],
        ClientLinkIssueCodes.TitleMissing => T["Type your title."],
        ClientLinkIssueCodes.TitleTooLong => T["Keep your title to {0} characters.", ClientLinkRules.SignerTitleMaxLength],
        ClientLinkIssueCodes.NotAuthorised => T["Confirm that you are authorised to accept on your company's behalf."],
        ClientLinkIssueCodes.SignatureInvalid => T["The drawn signature could not be used (it must be a small image); clear it and draw it again, or accept without it."],
        ClientLinkIssueCodes.ReasonMissing => T["Choose the reason you decline."],
        ClientLinkIssueCodes.TextTooLong when issue.Field == "competitor" => T["Keep the competitor's name to {0} characters.", ClientLinkRules.CompetitorMaxLength],
        ClientLinkIssueCodes.TextTooLong => T["Keep it to {0} characters.", ClientLinkRules.DeclineTextMaxLength],
        ClientLinkIssueCodes.QuestionEmpty => T["Write your question first."],
        _ => T["Something was not right; please try again."],
    };

    public IReadOnlyList<(string Code, string Label)> DeclineReasons =>
    [
        (ProposalTerms.Code(DeclineReason.Price), T["Price"]),
        (ProposalTerms.Code(DeclineReason.Timing), T["Timing"]),
        (ProposalTerms.Code(DeclineReason.Competitor), T["We chose a competitor"]),
        (ProposalTerms.Code(DeclineReason.NoBudget), T["No budget"]),
        (ProposalTerms.Code(DeclineReason.NotAFit), T["Not a fit"]),
        (ProposalTerms.Code(DeclineReason.Other), T["Other"]),
    ];

    public string ReasonLabel(DeclineReason? reason) => reason is { } r ? DeclineReasons.First(x => x.Code == ProposalTerms.Code(r)).Label : "";
}
