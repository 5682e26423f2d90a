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

    /// <summary>
    /// A change whose text holds a control character (<see cref="PlainTextModelBinder"/>) is refused before the
    /// action runs, next to its field: an action would read the refused text as left out (a note taken away).
    /// </summary>
    public override async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
    {
        if (RefusesTextBeforeActing && PlainTextModelBinder.Refusals(HttpContext) is { Count: > 0 } refused && RouteNumber("id") is { } id)
        {
            var result = UseCaseResult.Invalid(refused.Select(r => new FieldError(r.Field, r.Message)));
            var form = Request.HasFormContentType ? Request.Form : null;
            // What was typed goes back into its fields, with the refusal next to the one that held the character.
            var typed = new BuilderProblem("", [], RouteNumber("lineId"), form?["quantity"], form?["discountPercent"], form?["itemCode"])
            {
                Note = form?["note"].FirstOrDefault() ?? form?["reason"].FirstOrDefault(),
                Step = RouteData.Values["stepCode"]?.ToString(),
                Comment = form?["comment"],
                PainPointId = RouteNumber("painId"),
            };
            context.Result = await AnswerAsync(id, RouteNumber("optionId") ?? RouteNumber("option"), result, BuilderScope.Lines, HttpContext.RequestAborted, typed);
            return;
        }
        await next();
    }

    /// <summary>False for a controller whose actions check their model state themselves (and whose id is not a proposal's).</summary>
    protected virtual bool RefusesTextBeforeActing => true;

    private int? RouteNumber(string name) =>
        int.TryParse(RouteData.Values[name]?.ToString() ?? Request.Query[name].ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number : null;

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
