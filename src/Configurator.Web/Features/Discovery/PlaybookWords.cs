using Configurator.Domain.Discovery;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Discovery;

/// <summary>The playbook in the reader's language: each action's own translation from configuration, else its text as a term.</summary>
public static class PlaybookWords
{
    public static string Action(this IStringLocalizer<Text> T, PlaybookAction action) => action.TextIn(Languages.Current) ?? T[action.Text];

    /// <summary>What an automatic check found ("2 pain points", "nobody recorded"), or that the rep confirmed a manual action.</summary>
    public static string Detail(this IStringLocalizer<Text> T, PlaybookActionStatus status)
    {
        var count = status.Count ?? 0;
        return status.Action.Check switch
        {
            PlaybookCheck.PainPoints => T.Plural(count, "{0} pain point", "{0} pain points"),
            PlaybookCheck.QuantifiedPainPoints => T.Plural(count, "{0} quantified pain point", "{0} quantified pain points"),
            PlaybookCheck.Proposals => T.Plural(count, "{0} proposal", "{0} proposals"),
            PlaybookCheck.SentRevisions => T.Plural(count, "{0} sent revision", "{0} sent revisions"),
            PlaybookCheck.EconomicBuyer or PlaybookCheck.Champion => status.Done ? T["known"] : T["nobody recorded"],
            _ => status.Done ? T["confirmed by the rep"] : "",
        };
    }
}
