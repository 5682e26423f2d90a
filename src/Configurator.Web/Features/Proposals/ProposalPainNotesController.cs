using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Proposals;

/// <summary>The builder's "why not": a sentence that says in the proposal why a pain point is not answered.</summary>
[Authorize(Policy = Policies.EditProposals)]
public sealed class ProposalPainNotesController(ProposalService proposals, BuilderPage page) : BuilderControllerBase(page)
{
    [HttpPost("/proposals/{id:int}/pains/{painId:int}/note")]
    public async Task<IActionResult> Explain(int id, int painId, string? text, int version, int? option, CancellationToken cancellationToken)
    {
        var result = await proposals.ExplainPainAsync(id, painId, new PainNoteInput(text, version), User.ActorId(), cancellationToken);
        return await AnswerAsync(id, option, result, BuilderScope.Lines, cancellationToken, new BuilderProblem("", []) { PainPointId = painId, Note = text });
    }
}
