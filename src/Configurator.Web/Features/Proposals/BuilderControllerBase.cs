using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// How every builder change answers: a plain form gets a redirect (or the page with the problem); htmx
/// gets the part that changed with the small parts every change moves out of band; a conflict gets the
/// whole workspace as it is now, with the reason.
/// </summary>
public abstract class BuilderControllerBase(BuilderPage page) : Controller
{
    protected BuilderPage Page => page;

    /// <param name="scope">What a successful htmx change redraws: one line, or the lines with the pain points.</param>
    /// <param name="typed">For a refused change: the line and the values the person typed, kept in their fields.</param>
    protected async Task<IActionResult> AnswerAsync(int id, int? optionId, UseCaseResult result, BuilderScope scope, CancellationToken cancellationToken,
        BuilderProblem? typed = null)
    {
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        var fragment = Request.IsHtmx();
        if (result.Succeeded && !fragment)
        {
            return Redirect(BuilderUrls.Proposal(id, optionId));
        }
        var conflict = result.Outcome == Outcome.Conflict;
        var model = await page.ModelAsync(id, optionId, User, !fragment ? BuilderScope.Page : conflict ? BuilderScope.Lines : scope, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            // A conflict shows the fresh state with its reason; other refusals keep what was typed next to its field.
            model = model with
            {
                Problem = model.Words.Problem(conflict || typed is null
                    ? new BuilderProblem(result.Message ?? "", result.FieldErrors)
                    : typed with { Message = result.Message ?? "", Errors = result.FieldErrors }, model),
            };
            Response.StatusCode = result.StatusCode();
        }
        if (!fragment)
        {
            return View("Builder", model);
        }
        if (conflict)
        {
            Response.Retarget("#workspace");
            return PartialView("_Workspace", model);
        }
        return PartialView("_Changed", scope == BuilderScope.Line ? model with { ChangedLineId = typed?.LineId } : model);
    }
}
