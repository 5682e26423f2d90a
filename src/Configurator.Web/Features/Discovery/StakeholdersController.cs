using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>The decision chain in the rep's workspace: people added and edited inline, with the pain points they care about.</summary>
[Route("/opportunities/{id:int}/stakeholders")]
[Authorize(Policy = Policies.EditDiscovery)]
public sealed class StakeholdersController(ConfiguratorDbContext db, OpportunityWorkspace workspace, TimeProvider clock) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Add(int id, StakeholderForm form, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        Validate(form);
        if (ModelState.IsValid)
        {
            var person = opportunity.AddStakeholder(form.Name!.Trim(), form.Title?.Trim() ?? "", Role(form), Stance(form), form.Influence ?? 3, form.Notes?.Trim() ?? "");
            if (form.CaresAbout.Count > 0)
            {
                // Added people have no id before the save, so what they care about is set on the saved record.
                await db.SaveChangesAsync(cancellationToken);
                person.Update(person.Name, person.Title, person.Role, person.Stance, person.Influence, person.Notes, form.CaresAbout);
            }
            db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.StakeholderAdded,
                $"Added {person.Name} ({DiscoveryLabels.Role(person.Role)}) to the decision chain of {opportunity.Name}", User.ActorId(), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            if (!Request.IsHtmx())
            {
                return Redirect($"/opportunities/{id}");
            }
        }
        var model = (await workspace.ModelAsync(id, User, cancellationToken))! with { Stakeholder = ModelState.IsValid ? new StakeholderForm() : form };
        return Request.IsHtmx() ? PartialView("_DecisionChain", model) : View("Opportunity", model);
    }

    /// <summary>The decision chain as it is (cancelling an edit).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Chain(int id, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        return model is null ? NotFound() : PartialView("_DecisionChain", model);
    }

    [HttpGet("{personId:int}/edit")]
    public async Task<IActionResult> Edit(int id, int personId, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        var person = model?.Opportunity.Stakeholders.FirstOrDefault(s => s.Id == personId);
        if (person is null)
        {
            return NotFound();
        }
        if (!Request.IsHtmx())
        {
            return Redirect($"/opportunities/{id}");
        }
        return PartialView("_StakeholderEdit", new StakeholderEditModel(model!, person, FormOf(person)));
    }

    [HttpPost("{personId:int}")]
    public async Task<IActionResult> Update(int id, int personId, StakeholderForm form, CancellationToken cancellationToken)
    {
        var opportunity = await workspace.LoadForChangeAsync(id, cancellationToken);
        var person = opportunity?.Stakeholders.FirstOrDefault(s => s.Id == personId);
        if (opportunity is null || person is null)
        {
            return NotFound();
        }
        if (person.Version != form.Version)
        {
            return await ConflictAsync(id, personId, form, cancellationToken);
        }
        Validate(form);
        if (!ModelState.IsValid)
        {
            var invalid = await workspace.ModelAsync(id, User, cancellationToken);
            return PartialView("_StakeholderEdit", new StakeholderEditModel(invalid!, invalid!.Opportunity.Stakeholders.Single(s => s.Id == personId), form));
        }
        person.Update(form.Name!.Trim(), form.Title?.Trim() ?? "", Role(form), Stance(form), form.Influence ?? person.Influence, form.Notes?.Trim() ?? "", form.CaresAbout);
        db.Activity.Add(ActivityEntry.Record(opportunity.AccountId, id, ActivityKind.StakeholderChanged,
            $"Updated {person.Name}: {DiscoveryLabels.Role(person.Role)}, {DiscoveryLabels.Stance(person.Stance).ToLowerInvariant()}, influence {person.Influence}/5", User.ActorId(), clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(id, personId, form, cancellationToken);
        }
        if (!Request.IsHtmx())
        {
            return Redirect($"/opportunities/{id}");
        }
        return PartialView("_DecisionChain", await workspace.ModelAsync(id, User, cancellationToken));
    }

    private async Task<IActionResult> ConflictAsync(int id, int personId, StakeholderForm form, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        var theirs = model!.Opportunity.Stakeholders.Single(s => s.Id == personId);
        form.Version = theirs.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return PartialView("_StakeholderEdit", new StakeholderEditModel(model, theirs, form, Conflict: true));
    }

    private void Validate(StakeholderForm form) => UseCaseResult.Invalid(form.ToInput().Problems()).AddTo(ModelState);

    private static StakeholderForm FormOf(Stakeholder person) => new()
    {
        Name = person.Name,
        Title = person.Title,
        Role = DiscoveryTerms.Code(person.Role),
        Stance = DiscoveryTerms.Code(person.Stance),
        Influence = person.Influence,
        Notes = person.Notes,
        CaresAbout = [.. person.CaresAbout],
        Version = person.Version,
    };

    private static StakeholderRole Role(StakeholderForm form) => DiscoveryTerms.TryParse<StakeholderRole>(form.Role, out var role) ? role : StakeholderRole.Influencer;

    private static Stance Stance(StakeholderForm form) => DiscoveryTerms.TryParse<Stance>(form.Stance, out var stance) ? stance : Domain.Discovery.Stance.Unknown;
}
