using System.Globalization;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The one place where what the proposal and the engine say is worded for a page in the reader's language:
/// workflow labels, enum words and figures here; issues and refusals by their stable code, with the figures
/// taken from the proposal being shown, in <c>ProposalPageWords.Refusals.cs</c>. The rules and the API's English problem details stay in the domain; a sentence
/// with nothing to fill in is looked up by its English text, so a gap shows English, never a key.
/// </summary>
public sealed partial class ProposalPageWords(IStringLocalizer<Text> T)
{
    /// <summary>In English the page says what the domain says, word for word; other languages are worded here.</summary>
    private static bool English => Languages.Current == Languages.English;

    public string Status(ProposalStatus status) => T[ProposalTerms.Label(status)];

    /// <summary>What the proposals page says about a filter it could not use (the API names the parameter instead).</summary>
    public string Filter(FieldError error) => error.Field switch
    {
        "status" => T["Choose one of the statuses in the list."],
        "page" or "pageSize" => T["That page could not be shown, so the first is."],
        _ => T["Part of the address could not be used as a filter: {0}.", error.Field],
    };

    public string Step(WorkflowStep step) => T[step.Label];

    public string? Prompt(WorkflowStep step) => step.CommentPrompt is { } prompt ? T[prompt].Value : null;

    public string SubmitForApproval => T["Submit for approval"];

    public string SubmitNoApproval => T["Submit (no approval needed)"];

    public string SubmitOptionForApproval(string option) => T["Submit {0} for approval", option];

    public string SubmitOptionNoApproval(string option) => T["Submit {0} (no approval needed)", option];

    public string MarkRevisionSent(int revision) => T["Mark revision {0} as sent", revision];

    public string IssueRevisionFirst => T["Issue a revision first (below): the client receives a numbered revision."];

    /// <summary>A history entry's action ("Submit", "Changed"…), as the page says it.</summary>
    public string Action(string label) => T[label];

    /// <summary>Sentences the proposal recorded in English (history comments, line reasons), said again in the page's language.</summary>
    public ProposalRecordWords Recorded { get; } = new(T);

    // Sentences worded here are in the reader's language, so the items they name are too (each field falling back to the default language).
    private static string Name(ItemSnapshot item) => item.TextsFor(Languages.Current).Name;

    private static string Name(OfferItemSpec item) => item.TextsFor(Languages.Current).Name;

    /// <summary>"weak", "medium", "strong" as the page says them.</summary>
    public string Strength(int strength) => T[CatalogueTerms.StrengthLabel(strength)];

    /// <summary>Where a line's expected improvement comes from, as the page says it.</summary>
    public string Source(ImprovementAssumption assumption) => assumption.Source switch
    {
        ImprovementSource.Presales => T["your estimate: {0}", assumption.Reason],
        ImprovementSource.Catalogue => T["the catalogue's figure for this item"],
        _ => T["the default for a {0} answer", Strength(assumption.Strength)],
    };

    /// <summary>A share from 0 to 1 as a percentage: "74%", "12.5%".</summary>
    public static string Share(decimal fraction) => (fraction * 100m).ToString("0.#", CultureInfo.CurrentCulture) + "%";

    public string Risk(DifferentiationRisk risk) => risk switch
    {
        DifferentiationRisk.Low => T["price-war risk low"],
        DifferentiationRisk.Medium => T["price-war risk medium"],
        _ => T["price-war risk high"],
    };

    /// <summary>
    /// "waiting 3 days", "waiting 1 hour", "waiting 12 minutes": how long something has waited, in its largest unit;
    /// "submitted just now" under a minute, where "waiting 0 minutes" would read as a fault.
    /// </summary>
    public string Waited(TimeSpan waited) => waited.TotalMinutes < 1 ? T["submitted just now"]
        : T["waiting {0}", waited.TotalDays >= 1 ? T.Plural((int)waited.TotalDays, "{0} day", "{0} days")
            : waited.TotalHours >= 1 ? T.Plural((int)waited.TotalHours, "{0} hour", "{0} hours")
            : T.Plural((int)waited.TotalMinutes, "{0} minute", "{0} minutes")];

    /// <summary>"1 month", "6.5 months" (one decimal at most): a payback as pages say it; singular only when it shows as exactly 1.</summary>
    public string Months(decimal months)
    {
        var shown = months.ToString("0.#", CultureInfo.CurrentCulture);
        return shown == 1.ToString(CultureInfo.CurrentCulture) ? T.Plural(1, "{0} month", "{0} months") : T["{0} months", shown];
    }
}
