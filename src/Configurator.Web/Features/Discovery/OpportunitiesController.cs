using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>The rep's workspace for one deal, its stage (held to the playbook) and its owner.</summary>
[Route("/opportunities")]
public sealed class OpportunitiesController(ConfiguratorDbContext db, OpportunityWorkspace workspace, UserManager<AppUser> users, TimeProvider clock) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        return model is null ? NotFound() : View("Opportunity", model);
    }

    /// <summary>
    /// Moves the deal to another stage. Leaving a stage with playbook actions open is allowed only with a
    /// reason; the move, the open actions and the reason go into the timeline.
    /// </summary>
    [HttpPost("{id:int}/stage")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> ChangeStage(int id, StageForm form, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        if (!DiscoveryTerms.TryParse<OpportunityStage>(form.Stage, out var to))
        {
            ModelState.AddModelError("Stage", $"Choose a stage: {DiscoveryTerms.AllCodes<OpportunityStage>()}.");
            return await ShowWithErrorsAsync(id, form, cancellationToken);
        }
        var move = workspace.Playbook.Plan(opportunity.Stage, to, OpportunityWorkspace.FactsOf(opportunity), form.Confirmed.ToHashSet(StringComparer.Ordinal));
        if (move.Problem(form.Reason) is { } problem)
        {
            ModelState.AddModelError(move.Kind == StageMoveKind.Same ? "Stage" : "Reason", problem);
            return await ShowWithErrorsAsync(id, form, cancellationToken);
        }
        var from = opportunity.Stage;
        opportunity.MoveTo(to);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.StageChanged,
            $"Moved {opportunity.Name} from {DiscoveryLabels.Stage(from)} to {DiscoveryLabels.Stage(to)}{(move.Open.Count > 0 ? " with playbook actions open" : "")}",
            User.ActorId(), clock.GetUtcNow(), StageDetail(move, form.Reason)));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/opportunities/{id}");
    }

    /// <summary>Hands one opportunity to another owner; its pain points, people and timeline stay as they are.</summary>
    [HttpPost("{id:int}/owner")]
    [Authorize(Policy = Policies.ReassignOwners)]
    public async Task<IActionResult> Reassign(int id, string? ownerId, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        var owner = ownerId is null ? null : await users.FindByIdAsync(ownerId);
        if (owner is null)
        {
            ModelState.AddModelError("OwnerId", "Choose the colleague who takes the opportunity over.");
            return await ShowWithErrorsAsync(id, new StageForm(), cancellationToken);
        }
        if (owner.Id != opportunity.OwnerId)
        {
            var previous = await users.FindByIdAsync(opportunity.OwnerId);
            opportunity.Reassign(owner.Id);
            db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.OwnerChanged,
                $"Handed {opportunity.Name} from {previous?.DisplayName ?? "a former user"} to {owner.DisplayName}", User.ActorId(), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        return Redirect($"/opportunities/{id}");
    }

    private async Task<IActionResult> ShowWithErrorsAsync(int id, StageForm form, CancellationToken cancellationToken)
    {
        var model = (await workspace.ModelAsync(id, User, cancellationToken))! with { StageChange = form };
        return View("Opportunity", model);
    }

    private static string StageDetail(StageMove move, string? reason)
    {
        var parts = new List<string>();
        if (move.Open.Count > 0)
        {
            parts.Add("Open: " + string.Join("; ", move.Open.Select(a => a.Action.Text)));
        }
        if (!string.IsNullOrWhiteSpace(reason))
        {
            parts.Add("Reason: " + reason.Trim());
        }
        return string.Join(". ", parts);
    }
}
