using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Proposals;

/// <summary>The builder's option tabs: add an option (empty or a copy), rename, move or delete one.</summary>
[Authorize(Policy = Policies.EditProposals)]
[Route("/proposals/{id:int}/options")]
public sealed class ProposalOptionsController(ProposalService proposals, BuilderPage page) : BuilderControllerBase(page)
{
    [HttpPost("")]
    public async Task<IActionResult> AddOption(int id, string? name, int? copyFrom, int version, CancellationToken cancellationToken)
    {
        var result = await proposals.AddOptionAsync(id, new AddOptionInput(name, copyFrom, version), User.ActorId(), cancellationToken);
        if (result.Succeeded && await proposals.LoadAsync(id, cancellationToken) is { } proposal)
        {
            return Redirect(BuilderUrls.Proposal(id, proposal.OptionsInOrder.Last().Id));
        }
        return await AnswerAsync(id, copyFrom, result, BuilderScope.Page, cancellationToken);
    }

    /// <summary>Renames, moves or deletes the option from its tab's menu.</summary>
    [HttpPost("{optionId:int}")]
    public async Task<IActionResult> ChangeOption(int id, int optionId, string? name, int? move, bool delete, int version, CancellationToken cancellationToken)
    {
        var result = await proposals.ChangeOptionAsync(id, optionId, new OptionChange(name, move, delete), version, User.ActorId(), cancellationToken);
        return result.Succeeded
            ? Redirect(BuilderUrls.Proposal(id, delete ? null : optionId))
            : await AnswerAsync(id, delete ? null : optionId, result, BuilderScope.Page, cancellationToken);
    }
}
