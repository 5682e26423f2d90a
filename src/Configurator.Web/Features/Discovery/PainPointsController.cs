using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// Pain points in the rep's workspace: added inline, edited in place, moved up and down the priority
/// order. With htmx each action answers the fragment it changed plus the summary strip and playbook
/// out of band; without htmx it redirects back to the page.
/// </summary>
[Route("/opportunities/{id:int}/pain-points")]
[Authorize(Policy = Policies.EditDiscovery)]
public sealed class PainPointsController(ConfiguratorDbContext db, OpportunityWorkspace workspace, PainPointService painPoints, DiscoveryPageMessages messages) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Add(int id, PainPointForm form, CancellationToken cancellationToken)
    {
        var input = form.ToInput(messages.Read(ModelState, nameof(form.AnnualImpact), form.AnnualImpact, await workspace.CurrencyOfAsync(id, cancellationToken)));
        var result = ModelState.IsValid
            ? await painPoints.AddAsync(id, input, User.ActorId(), cancellationToken)
            : await painPoints.CheckAsync(id, input, cancellationToken);
        if (result.Outcome is not (Outcome.Done or Outcome.Invalid or Outcome.Conflict))
        {
            return StatusCode(result.StatusCode());
        }
        if (!result.Succeeded)
        {
            // A deal that keeps no more pain points (a conflict) says so next to the title, as a refused value does.
            messages.ShowOn(result, ModelState, Response, nameof(form.Title));
        }
        var added = ModelState.IsValid;
        if (added && !Request.IsHtmx())
        {
            return Redirect($"{DiscoveryUrls.Opportunity(id)}#pain-points");
        }
        var model = (await workspace.ModelAsync(id, User, cancellationToken))! with
        {
            // The next pain point starts clean: a category or severity carried over unseen ends up wrong.
            Capture = added ? new PainPointForm() : form,
            Added = added,
        };
        return Request.IsHtmx() ? PartialView("_PainCapture", model) : View("Opportunity", model);
    }

    /// <summary>The pain point as a list item again (cancelling an edit).</summary>
    [HttpGet("{painId:int}")]
    public async Task<IActionResult> Item(int id, int painId, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        var pain = model?.Opportunity.PainPoints.FirstOrDefault(p => p.Id == painId);
        ViewData["Standalone"] = true;
        return pain is null ? NotFound() : PartialView("_PainItem", new PainEditModel(model!, pain, new PainPointForm()));
    }

    [HttpGet("{painId:int}/edit")]
    public async Task<IActionResult> Edit(int id, int painId, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        var pain = model?.Opportunity.PainPoints.FirstOrDefault(p => p.Id == painId);
        if (pain is null)
        {
            return NotFound();
        }
        var form = new PainPointForm
        {
            Title = pain.Title,
            Category = pain.Category,
            Severity = pain.Severity,
            AnnualImpact = AmountFields.Text(pain.AnnualImpact),
            ClientWords = pain.ClientWords,
            RaisedBy = pain.RaisedById,
            Version = pain.Version,
        };
        return Request.IsHtmx() ? PartialView("_PainEdit", new PainEditModel(model!, pain, form)) : Redirect($"{DiscoveryUrls.Opportunity(id)}#pain-{painId}");
    }

    /// <summary>Saves an edit. A version older than the saved one is a conflict: nothing is overwritten, both versions are shown.</summary>
    [HttpPost("{painId:int}")]
    public async Task<IActionResult> Update(int id, int painId, PainPointForm form, CancellationToken cancellationToken)
    {
        var input = form.ToInput(messages.Read(ModelState, nameof(form.AnnualImpact), form.AnnualImpact, await workspace.CurrencyOfAsync(id, cancellationToken)));
        var result = ModelState.IsValid
            ? await painPoints.UpdateAsync(id, painId, input, User.ActorId(), cancellationToken)
            : await painPoints.CheckAsync(id, input, cancellationToken);
        if (result.Outcome == Outcome.Conflict)
        {
            return await ConflictAsync(id, painId, form, cancellationToken);
        }
        if (result.Outcome is not (Outcome.Done or Outcome.Invalid))
        {
            return StatusCode(result.StatusCode());
        }
        result.AddTo(ModelState, messages.Say);
        if (!ModelState.IsValid)
        {
            var invalid = await workspace.ModelAsync(id, User, cancellationToken);
            var shown = invalid?.Opportunity.PainPoints.FirstOrDefault(p => p.Id == painId);
            return shown is null ? NotFound() : PartialView("_PainEdit", new PainEditModel(invalid!, shown, form));
        }
        if (!Request.IsHtmx())
        {
            return Redirect($"{DiscoveryUrls.Opportunity(id)}#pain-{painId}");
        }
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        ViewData["Standalone"] = true;
        return PartialView("_PainItem", new PainEditModel(model!, model!.Opportunity.PainPoints.Single(p => p.Id == painId), new PainPointForm()));
    }

    /// <summary>
    /// Records the cost the client confirmed, through the same use case as the API. A refusal shows next to
    /// its field with what was typed kept; an unreadable amount is said once and nothing is saved.
    /// </summary>
    [HttpPost("{painId:int}/baseline")]
    public async Task<IActionResult> ConfirmBaseline(int id, int painId, BaselineForm form, CancellationToken cancellationToken)
    {
        // A person or day that could not even be read is a missing one: the use case says what to do.
        ModelState.Remove(nameof(form.ConfirmedBy));
        ModelState.Remove(nameof(form.ConfirmedOn));
        var amount = messages.Read(ModelState, nameof(form.Amount), form.Amount, await workspace.CurrencyOfAsync(id, cancellationToken));
        var amountRefused = !ModelState.IsValid;
        var result = await painPoints.ConfirmBaselineAsync(id, painId, form.ToInput(amountRefused ? null : amount), User.ActorId(), cancellationToken);
        return await BaselineAnswerAsync(id, painId, result, form, amountRefused, cancellationToken);
    }

    /// <summary>Takes the client's confirmation back; the value case uses the rep's estimate again.</summary>
    [HttpPost("{painId:int}/baseline/remove")]
    public async Task<IActionResult> RemoveBaseline(int id, int painId, BaselineForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await painPoints.ClearBaselineAsync(id, painId, form.Version, User.ActorId(), cancellationToken);
        return await BaselineAnswerAsync(id, painId, result, form, false, cancellationToken);
    }

    private async Task<IActionResult> BaselineAnswerAsync(int id, int painId, UseCaseResult result, BaselineForm form, bool amountRefused, CancellationToken cancellationToken)
    {
        if (result.Outcome is not (Outcome.Done or Outcome.Invalid or Outcome.Conflict))
        {
            return StatusCode(result.StatusCode());
        }
        if (!result.Succeeded)
        {
            messages.ShowOn(result, ModelState, Response, nameof(form.Amount));
            // The unreadable amount keeps its own sentence, not also "enter an amount".
            if (amountRefused && ModelState[nameof(form.Amount)] is { Errors.Count: > 1 } entry)
            {
                var first = entry.Errors[0];
                entry.Errors.Clear();
                entry.Errors.Add(first);
            }
        }
        if (ModelState.IsValid && !Request.IsHtmx())
        {
            return Redirect($"{DiscoveryUrls.Opportunity(id)}#pain-{painId}");
        }
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        var pain = model?.Opportunity.PainPoints.FirstOrDefault(p => p.Id == painId);
        if (pain is null)
        {
            return NotFound();
        }
        if (result.Outcome == Outcome.Conflict)
        {
            // Saving again deliberately replaces what the colleague saved.
            form.Version = pain.Version;
        }
        model = model! with { BaselineChange = ModelState.IsValid ? null : new(painId, form) };
        if (!Request.IsHtmx())
        {
            return View("Opportunity", model);
        }
        ViewData["Standalone"] = true;
        return PartialView("_PainItem", new PainEditModel(model, pain, new PainPointForm()));
    }

    /// <summary>Moves a pain point one place up or down the priority order.</summary>
    [HttpPost("{painId:int}/move")]
    public async Task<IActionResult> Move(int id, int painId, string? direction, CancellationToken cancellationToken)
    {
        var result = await painPoints.MoveAsync(id, painId, direction, User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return StatusCode(result.StatusCode());
        }
        if (!Request.IsHtmx())
        {
            return Redirect($"{DiscoveryUrls.Opportunity(id)}#pain-points");
        }
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        return PartialView("_PainList", model);
    }

    private async Task<IActionResult> ConflictAsync(int id, int painId, PainPointForm form, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        var theirs = model!.Opportunity.PainPoints.Single(p => p.Id == painId);
        var author = await db.Activity.AsNoTracking().Where(a => a.OpportunityId == id && a.Kind == ActivityKind.PainPointChanged)
            .OrderByDescending(a => a.Id).Select(a => a.ActorId).FirstOrDefaultAsync(cancellationToken);
        // The form now carries the saved version, so saving again deliberately replaces theirs.
        form.Version = theirs.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return PartialView("_PainEdit", new PainEditModel(model, theirs, form, theirs, author is null ? null : model.Owners.GetValueOrDefault(author)));
    }
}
