using Configurator.Domain.Amounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// A money field of a page as the user typed it: read by <see cref="AmountText"/>; what it refuses goes
/// next to the field and the typed text stays in it.
/// </summary>
public static class AmountFields
{
    public static decimal? Read(this DiscoveryPageMessages messages, ModelStateDictionary modelState, string field, string? text, string? currency)
    {
        var reading = AmountText.Read(text, currency);
        if (reading.Problem is not null)
        {
            modelState.AddModelError(field, messages.Amount(reading, currency));
        }
        return reading.Amount;
    }

    /// <summary>The amount as a field shows it to be changed: "45,000", "30,000.5"; which <see cref="AmountText"/> reads back.</summary>
    public static string Text(decimal? amount) =>
        amount?.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
