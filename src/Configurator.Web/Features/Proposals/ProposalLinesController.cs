using System.Globalization;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Proposals;

/// <summary>The builder's lines: add an item, change a line's quantity, discount or note in place, remove a line.</summary>
[Authorize(Policy = Policies.EditProposals)]
[Route("/proposals/{id:int}/options/{optionId:int}/lines")]
public sealed class ProposalLinesController(ProposalService proposals, BuilderPage page) : BuilderControllerBase(page)
{
    [HttpPost("")]
    public async Task<IActionResult> AddLine(int id, int optionId, string? itemCode, string? quantity, int version, CancellationToken cancellationToken)
    {
        var typed = new BuilderProblem("", [], ItemCode: itemCode, Quantity: quantity);
        int? parsedQuantity = int.TryParse(quantity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : null;
        var result = !string.IsNullOrWhiteSpace(quantity) && parsedQuantity is null
            ? UseCaseResult.Invalid("quantity", "Give the quantity as a whole number.")
            : await proposals.AddLineAsync(id, optionId, new AddLineInput(itemCode, parsedQuantity, null, version), User.ActorId(), cancellationToken);
        return await AnswerAsync(id, optionId, result, BuilderScope.Lines, cancellationToken, typed);
    }

    [HttpPost("{lineId:int}")]
    public async Task<IActionResult> ChangeLine(int id, int optionId, int lineId, string? quantity, string? discountPercent, string? note, int version, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!int.TryParse(quantity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var q))
        {
            errors.Add(new("quantity", "Give the quantity as a whole number."));
        }
        if (!decimal.TryParse(discountPercent, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            errors.Add(new("discountPercent", "Give the discount as a number from 0 to 100."));
        }
        var result = errors.Count > 0
            ? UseCaseResult.Invalid(errors)
            : await proposals.ChangeLineAsync(id, optionId, lineId, new ChangeLineInput(q, d, version) { Note = note ?? "" }, User.ActorId(), cancellationToken);
        return await AnswerAsync(id, optionId, result, BuilderScope.Line, cancellationToken, new BuilderProblem("", [], lineId, quantity, discountPercent) { Note = note });
    }

    /// <summary>Presales' share of a pain category's cost this line removes, with the reason; an empty share goes back to the catalogue's figure.</summary>
    [HttpPost("{lineId:int}/improvements")]
    public async Task<IActionResult> EstimateImprovement(int id, int optionId, int lineId, string? category, string? percent, string? reason, int version, CancellationToken cancellationToken)
    {
        var typed = percent?.Trim().TrimEnd('%').Trim() ?? "";
        decimal? share = decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var result = typed.Length > 0 && share is null
            ? UseCaseResult.Invalid("percent", "Give the share of the pain's cost this line removes, from 0 to 100 percent.")
            : await proposals.EstimateImprovementAsync(id, optionId, lineId, category ?? "", new ImprovementInput(share, reason, version), User.ActorId(), cancellationToken);
        return await AnswerAsync(id, optionId, result, BuilderScope.Lines, cancellationToken,
            new BuilderProblem("", []) { ImprovementLineId = lineId, Category = category, Improvement = percent, Note = reason });
    }

    [HttpPost("{lineId:int}/remove")]
    public async Task<IActionResult> RemoveLine(int id, int optionId, int lineId, int version, CancellationToken cancellationToken) =>
        await AnswerAsync(id, optionId, await proposals.RemoveLineAsync(id, optionId, lineId, version, User.ActorId(), cancellationToken), BuilderScope.Lines, cancellationToken);
}
