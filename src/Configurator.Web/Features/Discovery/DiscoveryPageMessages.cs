using System.Globalization;
using Configurator.Domain.Amounts;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The one place where what discovery refuses is said in a salesperson's words on a page (accounts,
/// opportunities, pain points, people, stage moves). The rules stay in the domain; this maps each
/// refusal, by its field and code, to a sentence. The API keeps the precise problem details.
/// </summary>
public static class DiscoveryPageMessages
{
    /// <summary>The page's sentence for a refusal; a refusal already written for people keeps its own words.</summary>
    public static string Say(FieldError error) => (Leaf(error.Field), error.Code) switch
    {
        ("category", DiscoveryIssueCodes.Required or DiscoveryIssueCodes.Unknown) => "Choose a category.",
        ("title", DiscoveryIssueCodes.Required) => "Say in a few words what hurts.",
        ("severity", _) => "Choose how much it hurts, from 1 (annoying) to 5 (critical).",
        ("annualImpact", DiscoveryIssueCodes.OutOfRange) => "Write what it costs a year, e.g. 45k or 45,000, or leave it empty if nobody knows yet.",
        ("budget", DiscoveryIssueCodes.OutOfRange) => "Write the budget as an amount, e.g. 250k or 250,000, or leave it empty if unknown.",
        ("raisedBy", _) => "Choose someone from this opportunity's decision chain.",
        ("role", _) => "Choose the person's role in the decision.",
        ("stance", _) => "Choose where the person stands.",
        ("influence", _) => "Choose how much say the person has, from 1 (little) to 5 (decides).",
        ("currency", _) => "Write the currency as its three-letter code, e.g. EUR, USD or CNY.",
        ("stage", DiscoveryIssueCodes.Unknown) => "Choose the stage to move to.",
        _ => error.Message,
    };

    /// <summary>Why a typed amount was not taken, for a field in <paramref name="currency"/>.</summary>
    public static string Amount(AmountReading reading, string? currency) => reading.Problem switch
    {
        AmountProblem.Negative => "An amount can't be below zero.",
        AmountProblem.TooLarge => $"That is more than {CatalogueLimits.MaxAmount.ToString("N0", CultureInfo.InvariantCulture)}; check the zeros.",
        AmountProblem.TooManyDecimals when currency is not null && Currency.IsKnown(currency) && Currency.MinorUnits(currency) == 0 => $"{currency} amounts have no decimals.",
        AmountProblem.TooManyDecimals => "Write at most two decimals.",
        AmountProblem.OtherCurrency => $"“{reading.WrittenCurrency}” is another currency: amounts here are in {currency}.",
        _ => "Write an amount such as 45,000, 45k, 1.2m or 22万.",
    };

    /// <summary>What an amount was understood as: "EUR 45,000", "EUR 30,000.50".</summary>
    public static string Understood(decimal amount, string? currency)
    {
        var decimals = amount == decimal.Truncate(amount) ? 0 : currency is not null && Currency.IsKnown(currency) ? Currency.MinorUnits(currency) : 2;
        return $"{currency} {amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}".Trim();
    }

    /// <summary>"painPoints[2].severity" → "severity".</summary>
    private static string Leaf(string field)
    {
        var leaf = field[(field.LastIndexOf('.') + 1)..];
        var bracket = leaf.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? leaf : leaf[..bracket];
    }
}
