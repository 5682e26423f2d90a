using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Discovery;

/// <summary>The decision chain in the rep's workspace: people added and edited inline, with the pain points they care about.</summary>
[Route("/opportunities/{id:int}/stakeholders")]
[Authorize(Policy = Policies.EditDiscovery)]
public sealed class StakeholdersController(OpportunityWorkspace workspace, StakeholderService stakeholders) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Add(int id, StakeholderForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await stakeholders.AddAsync(id, form.ToInput(), form.CaresAbout, User.ActorId(), cancellationToken)
            : UseCaseResult.Invalid(form.ToInput().Problems());
        if (result.Outcome is not (Outcome.Done or Outcome.Invalid))
        {
            return StatusCode(result.StatusCode());
        }
        result.AddTo(ModelState, DiscoveryPageMessages.Say);
        if (ModelState.IsValid && !Request.IsHtmx())
        {
            return Redirect(DiscoveryUrls.Opportunity(id));
        }
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        model = model with
        {
            Stakeholder = ModelState.IsValid ? new StakeholderForm() : form,
            PersonAdded = ModelState.IsValid,
            PersonRefused = !ModelState.IsValid,
        };
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
            return Redirect(DiscoveryUrls.Opportunity(id));
        }
        return PartialView("_StakeholderEdit", new StakeholderEditModel(model!, person, FormOf(person)));
    }

    [HttpPost("{personId:int}")]
    public async Task<IActionResult> Update(int id, int personId, StakeholderForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await stakeholders.UpdateAsync(id, personId, form.ToInput(), form.CaresAbout, form.Version, User.ActorId(), cancellationToken)
            : UseCaseResult.Invalid(form.ToInput().Problems());
        if (result.Outcome == Outcome.Conflict)
        {
            return await ConflictAsync(id, personId, form, cancellationToken);
        }
        if (result.Outcome is not (Outcome.Done or Outcome.Invalid))
        {
            return StatusCode(result.StatusCode());
        }
        result.AddTo(ModelState, DiscoveryPageMessages.Say);
        if (!ModelState.IsValid)
        {
            var invalid = await workspace.ModelAsync(id, User, cancellationToken);
            var shown = invalid?.Opportunity.Stakeholders.FirstOrDefault(s => s.Id == personId);
            return shown is null ? NotFound() : PartialView("_StakeholderEdit", new StakeholderEditModel(invalid!, shown, form));
        }
        if (!Request.IsHtmx())
        {
            return Redirect(DiscoveryUrls.Opportunity(id));
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
}
