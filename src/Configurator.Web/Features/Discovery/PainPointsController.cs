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
public sealed class PainPointsController(ConfiguratorDbContext db, OpportunityWorkspace workspace, TimeProvider clock) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Add(int id, PainPointForm form, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        await ValidateAsync(form, opportunity, cancellationToken);
        var added = false;
        if (ModelState.IsValid)
        {
            var pain = opportunity.AddPainPoint(form.Title!.Trim(), form.Category!, form.ClientWords?.Trim() ?? "", form.Severity!.Value, form.AnnualImpact,
                RaisedBy(opportunity, form), User.ActorId(), clock.GetUtcNow());
            db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.PainPointAdded, $"Added pain point “{pain.Title}” to {opportunity.Name}", User.ActorId(), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            added = true;
            if (!Request.IsHtmx())
            {
                return Redirect($"/opportunities/{id}#pain-points");
            }
        }
        var model = (await workspace.ModelAsync(id, User, cancellationToken))! with
        {
            // Keep the category and severity for the next entry: pains often come in runs of one kind.
            Capture = added ? new PainPointForm { Category = form.Category, Severity = form.Severity } : form,
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
            AnnualImpact = pain.AnnualImpact,
            ClientWords = pain.ClientWords,
            RaisedBy = pain.RaisedById,
            Version = pain.Version,
        };
        return Request.IsHtmx() ? PartialView("_PainEdit", new PainEditModel(model!, pain, form)) : Redirect($"/opportunities/{id}#pain-{painId}");
    }

    /// <summary>Saves an edit. A version older than the saved one is a conflict: nothing is overwritten, both versions are shown.</summary>
    [HttpPost("{painId:int}")]
    public async Task<IActionResult> Update(int id, int painId, PainPointForm form, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(id, cancellationToken);
        var pain = opportunity?.PainPoints.FirstOrDefault(p => p.Id == painId);
        if (opportunity is null || pain is null)
        {
            return NotFound();
        }
        if (pain.Version != form.Version)
        {
            return await ConflictAsync(id, painId, form, cancellationToken);
        }
        await ValidateAsync(form, opportunity, cancellationToken);
        if (!ModelState.IsValid)
        {
            var invalid = await workspace.ModelAsync(id, User, cancellationToken);
            return PartialView("_PainEdit", new PainEditModel(invalid!, invalid!.Opportunity.PainPoints.Single(p => p.Id == painId), form));
        }
        var changes = Changes(pain, form, opportunity);
        pain.Update(form.Title!.Trim(), form.Category!, form.ClientWords?.Trim() ?? "", form.Severity!.Value, form.AnnualImpact, RaisedBy(opportunity, form), clock.GetUtcNow());
        if (changes.Length > 0)
        {
            db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.PainPointChanged, $"Changed pain point “{pain.Title}”", User.ActorId(), clock.GetUtcNow(), changes));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(id, painId, form, cancellationToken);
        }
        if (!Request.IsHtmx())
        {
            return Redirect($"/opportunities/{id}#pain-{painId}");
        }
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        ViewData["Standalone"] = true;
        return PartialView("_PainItem", new PainEditModel(model!, model!.Opportunity.PainPoints.Single(p => p.Id == painId), new PainPointForm()));
    }

    /// <summary>Moves a pain point one place up or down the priority order.</summary>
    [HttpPost("{painId:int}/move")]
    public async Task<IActionResult> Move(int id, int painId, string? direction, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(id, cancellationToken);
        var pain = opportunity?.PainPoints.FirstOrDefault(p => p.Id == painId);
        if (opportunity is null || pain is null)
        {
            return NotFound();
        }
        if (direction is not ("up" or "down"))
        {
            return BadRequest();
        }
        var before = pain.Priority;
        opportunity.MovePainPoint(pain, direction == "up" ? -1 : 1);
        if (pain.Priority != before)
        {
            db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.PainPointsReordered,
                $"Moved “{pain.Title}” from priority {before} to {pain.Priority}", User.ActorId(), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!Request.IsHtmx())
        {
            return Redirect($"/opportunities/{id}#pain-points");
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

    private async Task ValidateAsync(PainPointForm form, Opportunity opportunity, CancellationToken cancellationToken)
    {
        var problems = form.ToInput().Problems(await workspace.CategoryCodesAsync(cancellationToken)).ToList();
        if (form.RaisedBy is { } raisedBy && opportunity.Stakeholders.All(s => s.Id != raisedBy))
        {
            problems.Add(new("raisedBy", "Choose someone from this opportunity's decision chain."));
        }
        UseCaseResult.Invalid(problems).AddTo(ModelState);
    }

    private static Stakeholder? RaisedBy(Opportunity opportunity, PainPointForm form) => opportunity.Stakeholders.FirstOrDefault(s => s.Id == form.RaisedBy);

    private static string Changes(PainPoint pain, PainPointForm form, Opportunity opportunity)
    {
        var changes = new List<string>();
        if (pain.Title != form.Title?.Trim())
        {
            changes.Add($"title was “{pain.Title}”");
        }
        if (pain.Category != form.Category)
        {
            changes.Add($"category {pain.Category} → {form.Category}");
        }
        if (pain.Severity != form.Severity)
        {
            changes.Add($"severity {pain.Severity} → {form.Severity}");
        }
        if (pain.AnnualImpact != form.AnnualImpact)
        {
            changes.Add($"annual impact {Amount(pain.AnnualImpact, opportunity.Currency)} → {Amount(form.AnnualImpact, opportunity.Currency)}");
        }
        if (pain.ClientWords != (form.ClientWords?.Trim() ?? ""))
        {
            changes.Add("client's words");
        }
        if (pain.RaisedById != form.RaisedBy)
        {
            changes.Add("raised by");
        }
        return string.Join("; ", changes);
    }

    private static string Amount(decimal? amount, string currency) => amount is { } value ? $"{currency} {value:N0}" : "unknown";
}
