using System.Globalization;
using Configurator.Domain.Insights;
using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Features.Notifications;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Insights;

/// <summary>The outcome insights' words in the reader's language: bands, rates, reasons, and the sentence that reads the result.</summary>
public sealed class OutcomeWords(IStringLocalizer<Text> T, NotificationWords reasons)
{
    /// <summary>"30–50%".</summary>
    public string Band(InsightBand band) => T["{0}–{1}%", Number(band.From), Number(band.To)];

    public string Rate(decimal? rate) => rate is { } r ? Math.Round(r * 100m, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.CurrentCulture) + "%" : "—";

    public string Percent(decimal? percent) => percent is { } p ? p.ToString("0.#", CultureInfo.CurrentCulture) + "%" : "—";

    public string Reason(string code) => code == LostReason.ByTheTeam
        ? T["The team's reason (client did not decline online)"]
        : Enum.GetValues<DeclineReason>().Where(r => ProposalTerms.Code(r) == code).Select(reasons.ReasonLabel).FirstOrDefault() ?? code;

    /// <summary>What the differentiation bands say, in one or two honest sentences; or that there is too little to compare.</summary>
    public string Reading(OutcomeReport report)
    {
        if (report.Reading is not { } reading)
        {
            return report.Decided == 0
                ? T["No won or lost proposals with an issued revision match these filters."]
                : T["Too few decided proposals to compare: {0} so far; a comparison needs at least {1} in all, and {2} or more in each of two bands.",
                    report.Decided, OutcomeReading.MinimumDecided, OutcomeReading.MinimumPerBand];
        }
        var (high, low) = (reading.Higher, reading.Lower);
        var facts = T["Proposals with {0} differentiation won {1} of {2} ({3}) at an average {4} discount; with {5}, {6} of {7} ({8}) at {9}.",
            Band(high.Band), high.Won, high.Decided, Rate(high.WinRate), Percent(high.AverageDiscountPercent),
            Band(low.Band), low.Won, low.Decided, Rate(low.WinRate), Percent(low.AverageDiscountPercent)];
        string verdict = (reading.HigherWinsMoreOften, reading.HigherDiscountsLess) switch
        {
            (true, true) => T["Here the more differentiated proposals won more often and with less discount."],
            (true, false) => T["Here the more differentiated proposals won more often, but not with less discount."],
            (false, true) => T["Here the more differentiated proposals gave less discount, but did not win more often."],
            _ => T["Here the more differentiated proposals did not win more often or with less discount."],
        };
        return $"{facts} {verdict}";
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
