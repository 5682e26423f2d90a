using Configurator.Domain.Amounts;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// Says what a money field's text is understood as while the user is still on the page ("= EUR 45,000"),
/// with the same parser the save uses, so the hint and the saved amount never disagree.
/// </summary>
[Route("/amounts")]
public sealed class AmountsController(DiscoveryPageMessages messages) : Controller
{
    /// <summary>The field's text comes under the field's own name (AnnualImpact or Budget), as htmx sends an input.</summary>
    [HttpGet("understood")]
    public IActionResult Understood(string? currency, string? annualImpact, string? budget)
    {
        var code = currency?.Trim().ToUpperInvariant();
        var reading = AmountText.Read(annualImpact ?? budget, code);
        var model = reading.Amount is { } amount
            ? new AmountUnderstoodModel(messages.Understood(amount, code), null)
            : new AmountUnderstoodModel(null, reading.Problem is null ? null : messages.Amount(reading, code));
        return PartialView("_AmountUnderstood", model);
    }
}
