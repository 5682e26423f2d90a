using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
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

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        var form = new OpportunityForm
        {
            Name = opportunity.Name,
            Currency = opportunity.Currency,
            ExpectedClose = opportunity.ExpectedClose,
            Budget = opportunity.Budget,
            Competitors = string.Join(", ", opportunity.Competitors),
            Version = opportunity.Version,
        };
        return EditView(opportunity, form);
    }

    /// <summary>Saves the deal's details; an edit based on an older version is refused and says what is saved now.</summary>
    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> Edit(int id, OpportunityForm form, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        var competitors = (form.Competitors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        UseCaseResult.Invalid(DiscoveryValidation.OpportunityDetails(new OpportunityDetails(form.Name, form.ExpectedClose, form.Budget, competitors)).ToFieldErrors())
            .AddTo(ModelState);
        if (opportunity.Version != form.Version)
        {
            ModelState.AddModelError("Version", $"Someone changed this opportunity while you were editing it (stage, owner or details). Now saved: {opportunity.Name}"
                + $"{(opportunity.Budget is { } budget ? $", budget {opportunity.Currency} {budget:N0}" : "")}{(opportunity.ExpectedClose is { } close ? $", closing {close:d MMM yyyy}" : "")}. "
                + "Your changes are below and not saved; save again to replace theirs.");
            form.Version = opportunity.Version;
        }
        if (!ModelState.IsValid)
        {
            return EditView(opportunity, form);
        }
        opportunity.Update(form.Name!.Trim(), form.ExpectedClose, form.Budget, competitors);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.OpportunityChanged, $"Edited the details of {opportunity.Name}", User.ActorId(), clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("Version", "Someone changed this opportunity at the same moment; reload the page to see their version.");
            return EditView(opportunity, form);
        }
        return Redirect($"/opportunities/{id}");
    }

    private ViewResult EditView(Opportunity opportunity, OpportunityForm form)
    {
        ViewData["Title"] = $"Edit {opportunity.Name}";
        ViewData["Section"] = "Accounts";
        return View("EditOpportunity", new EditOpportunityModel(opportunity.Id, opportunity.Name, opportunity.Currency, form));
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
        var move = workspace.Playbook.Plan(opportunity.Stage, to, await workspace.FactsOfAsync(opportunity, cancellationToken), form.Confirmed.ToHashSet(StringComparer.Ordinal));
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
