using System.Globalization;
using System.Text.RegularExpressions;
using Configurator.Domain.Amounts;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The one place where what discovery refuses is said in a salesperson's words on a page (accounts,
/// opportunities, pain points, people, stage moves, list filters), in the reader's language. The rules
/// stay in the domain; this maps each refusal, by its field and code, to a sentence. The API keeps the
/// precise English problem details.
/// </summary>
public sealed partial class DiscoveryPageMessages(IStringLocalizer<Text> T, AccountChoices choices)
{
    /// <summary>
    /// Messages the domain and the use cases write with values in them, as English templates: a message
    /// that fits one is said again from the template's translation with the same values. Values marked as
    /// terms (the kind of record: account, opportunity) are translated too, under their capitalised label.
    /// </summary>
    private static readonly (string Template, Regex Pattern, bool TranslateValues)[] _templates =
    [
        Template("At most {0} characters; this has {1}."),
        Template("{0} is in this decision chain already."),
        Template("{0} has this e-mail address and is in this decision chain already."),
        Template("{0} of this account has this e-mail address already."),
        Template("The {0} has changed since version {1}; it is version {2} now. Nothing was changed: reload it and apply your change again.", translateValues: true),
        Template("pageSize is a whole number from 1 to {0}."),
        Template("owner is a user's id, '{0}' or '{1}'; there is no user with the id '{2}'."),
        Template("stage is '{0}', '{1}' or one of {2}."),
        Template("account is the id of an account; there is none with the id '{0}'."),
        Template("sort is one of {0} (a minus sorts from the largest or latest)."),
        Template("close is one of {0}, or give closeFrom and closeTo."),
        Template("{0} is a date written yyyy-MM-dd, e.g. 2027-03-31."),
        Template("This opportunity has {0} pain points, the most it keeps; merge or reword some before adding another."),
        Template("This decision chain has {0} people, the most it keeps; remove someone before adding another."),
        Template("At most {0} competitors; this has {1}."),
    ];

    /// <summary>The page's sentence for a refusal; a refusal already written for people keeps its own words, translated.</summary>
    public string Say(FieldError error) => Say(error, null);

    /// <summary>As <see cref="Say(FieldError)"/>, naming the playbook actions a refused stage <paramref name="move"/> left open.</summary>
    public string Say(FieldError error, StageMove? move) => (Leaf(error.Field), error.Code) switch
    {
        ("category", DiscoveryIssueCodes.Required or DiscoveryIssueCodes.Unknown) => T["Choose a category."],
        ("title", DiscoveryIssueCodes.Required) => T["Say in a few words what hurts."],
        ("severity", _) => T["Choose how much it hurts, from 1 (annoying) to 5 (critical)."],
        ("annualImpact", DiscoveryIssueCodes.OutOfRange) => T["Write what it costs a year, e.g. 45k or 45,000, or leave it empty if nobody knows yet."],
        ("budget", DiscoveryIssueCodes.OutOfRange) => T["Write the budget as an amount, e.g. 250k or 250,000, or leave it empty if unknown."],
        ("raisedBy", _) => T["Choose someone from this opportunity's decision chain."],
        ("role", _) => T["Choose the person's role in the decision."],
        ("stance", _) => T["Choose where the person stands."],
        ("influence", _) => T["Choose how much say the person has, from 1 (little) to 5 (decides)."],
        ("currency", _) => T["Write the currency as its three-letter code, e.g. EUR, USD or CNY."],
        ("stage", DiscoveryIssueCodes.Unknown) => T["Choose the stage to move to."],
        ("stage", DiscoveryIssueCodes.PlaybookSkipped) => T["A deal reaches won or lost through its playbook: start it in an open stage and move it on."],
        ("stage", DiscoveryIssueCodes.Unchanged) when move is not null => T["The opportunity is already in {0}.", T[DiscoveryLabels.Stage(move.To)]],
        ("reason", DiscoveryIssueCodes.ActionsOpen) when move is not null => move.Open.Count == 1
            ? T["{0} playbook action is still open: {1}. Finish it, or give a reason to proceed anyway.", 1, Actions(move)]
            : T["{0} playbook actions are still open: {1}. Finish them, or give a reason to proceed anyway.", move.Open.Count, Actions(move)],
        ("industry", DiscoveryIssueCodes.Unknown) => T["Choose one of the industries: {0}.", List(choices.Industries.Values)],
        ("region", DiscoveryIssueCodes.Unknown) => T["Choose one of the regions: {0}.", List(choices.Regions.Values)],
        _ => Translated(error.Message),
    };

    /// <summary>What a list page says about a filter it could not use.</summary>
    public string Filter(FieldError error) => Leaf(error.Field) switch
    {
        "industry" => T["Choose one of the industries: {0}.", List(choices.Industries.Values)],
        "region" => T["Choose one of the regions: {0}.", List(choices.Regions.Values)],
        _ => Translated(error.Message),
    };

    /// <summary>
    /// Shows a refused result on the page that posted it, as <see cref="UseCaseAnswers.ShowOn"/> does, in
    /// the reader's words: field errors through <see cref="Say(FieldError, StageMove?)"/>, anything else
    /// (a conflict) translated.
    /// </summary>
    public void ShowOn(UseCaseResult result, ModelStateDictionary modelState, HttpResponse response, string field, StageMove? move = null) =>
        (result.Outcome != Outcome.Invalid && result.Message is { } message ? result with { Message = Translated(message) } : result).ShowOn(modelState, response, field, error => Say(error, move));

    /// <summary>Why a typed amount was not taken, for a field in <paramref name="currency"/>.</summary>
    public string Amount(AmountReading reading, string? currency) => reading.Problem switch
    {
        AmountProblem.Negative => T["An amount can't be below zero."],
        AmountProblem.TooLarge => T["That is more than {0}; check the zeros.", Display.Number(CatalogueLimits.MaxAmount)],
        AmountProblem.TooManyDecimals when currency is not null && Currency.IsKnown(currency) && Currency.MinorUnits(currency) == 0 => T["{0} amounts have no decimals.", currency],
        AmountProblem.TooManyDecimals => T["Write at most two decimals."],
        AmountProblem.OtherCurrency => T["“{0}” is another currency: amounts here are in {1}.", reading.WrittenCurrency ?? "", currency ?? ""],
        _ => T["Write an amount such as 45,000, 45k, 1.2m or 22万."],
    };

    /// <summary>What an amount was understood as, written as the reader's language writes money: "EUR 45,000", "¥45,000", "EUR 30,000.50".</summary>
    public string Understood(decimal amount, string? currency)
    {
        if (currency is null || !Currency.IsKnown(currency))
        {
            return T["Understood as {0}", Display.Number(amount, amount == decimal.Truncate(amount) ? 0 : 2)];
        }
        return T["Understood as {0}", amount == decimal.Truncate(amount) ? Display.WholeMoney(amount, currency) : Display.Money(amount, currency)];
    }

    /// <summary>A sentence the domain or a use case wrote in English, in the reader's language; English when it has no translation yet.</summary>
    private string Translated(string message)
    {
        if (message == SaveOrConflict.ConcurrentChange)
        {
            return T["Someone changed it at the same moment; nothing of yours was saved. Reload and apply your change again."];
        }
        foreach (var (template, pattern, translateValues) in _templates)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                // English keeps the value as written ("the opportunity"); another language names it by its label.
                var values = match.Groups.Cast<Group>().Skip(1)
                    .Select(g => (object)(translateValues && Languages.Current != Languages.English && !int.TryParse(g.Value, out _) ? T[Capitalised(g.Value)].Value : g.Value));
                return T[template, [.. values]];
            }
        }
        return T[message];
    }

    private string Actions(StageMove move) =>
        string.Join(Languages.Current == Languages.Chinese ? "；" : "; ", move.Open.Select(a => T.Action(a.Action)));

    /// <summary>List values (industries, regions) translated and joined as the reader's language lists them.</summary>
    private string List(IEnumerable<string> values) =>
        string.Join(Languages.Current == Languages.Chinese ? "、" : ", ", values.Select(T.Choice));

    private static string Capitalised(string term) => term.Length == 0 ? term : char.ToUpperInvariant(term[0]) + term[1..];

    private static (string, Regex, bool) Template(string template, bool translateValues = false) =>
        (template, new Regex("^" + Placeholder().Replace(Regex.Escape(template), "(.+?)") + "$", RegexOptions.CultureInvariant), translateValues);

    [GeneratedRegex(@"\\\{\d\}")]
    private static partial Regex Placeholder();

    /// <summary>"painPoints[2].severity" → "severity".</summary>
    private static string Leaf(string field)
    {
        var leaf = field[(field.LastIndexOf('.') + 1)..];
        var bracket = leaf.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? leaf : leaf[..bracket];
    }
}
