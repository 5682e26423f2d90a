using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Discovery;

/// <summary>The rep's workspace for one deal, its stage (held to the playbook) and its owner.</summary>
[Route("/opportunities")]
public sealed class OpportunitiesController(ConfiguratorDbContext db, OpportunityWorkspace workspace, OpportunityService opportunities, OpportunityList list,
    DiscoveryPageMessages messages, IStringLocalizer<Text> T) : Controller
{
    private const int PageSize = 50;

    /// <summary>"Where is my work?": the signed-in user's open deals unless another owner (or anyone) or stage is chosen, filtered and sorted.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OpportunityListQuery query, [FromQuery] PagingQuery paging, CancellationToken cancellationToken)
    {
        query.Owner ??= OwnerFilter.Me;
        query.Stage ??= OpportunityList.OpenStages;
        var (rows, errors) = await list.QueryAsync(query, paging, User.ActorId(), OpportunitySort.CloseSoonest, PageSize, cancellationToken);
        foreach (var error in errors)
        {
            ModelState.AddModelError(UseCaseAnswers.FormField(error.Field), messages.Filter(error));
        }
        var owners = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var model = new OpportunityListViewModel(query, rows, owners);
        ViewData["Title"] = T["Opportunities"].Value;
        ViewData["Section"] = "Opportunities";
        return Request.IsHtmx() ? PartialView("_OpportunityResults", model) : View("Opportunities", model);
    }

    /// <summary>Sets or clears the deal's next step from its page; a stale version is refused and shown next to the form.</summary>
    [HttpPost("{id:int}/next-step")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> NextStep(int id, NextStepForm form, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await opportunities.SetNextStepAsync(id, form.NextStep, form.NextStepDue, form.Version, User.ActorId(), cancellationToken)
            : UseCaseResult.Invalid("nextStepDue", "Give the due date as a date, e.g. 2027-03-31.");
        if (result.Outcome is Outcome.Done or Outcome.NotFound)
        {
            return result.Succeeded ? Redirect($"{DiscoveryUrls.Opportunity(id)}#next-step") : NotFound();
        }
        messages.ShowOn(result, ModelState, Response, "NextStep");
        var model = (await workspace.ModelAsync(id, User, cancellationToken))! with { NextStepChange = form };
        return View("Opportunity", model);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, [FromQuery] string? adding, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        // After a person was added without htmx, "Add a person" opens again for the next one.
        return model is null ? NotFound() : View("Opportunity", model with { AddingPerson = adding == "person" && model.Can.Edit });
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
            Budget = AmountFields.Text(opportunity.Budget),
            Competitors = string.Join(", ", opportunity.Competitors),
            NextStep = opportunity.NextStepText,
            NextStepDue = opportunity.NextStepDue,
            Version = opportunity.Version,
        };
        return EditView(opportunity, form);
    }

    /// <summary>Saves the deal's details; an edit based on an older version is refused and says what is saved now.</summary>
    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> Edit(int id, OpportunityForm form, CancellationToken cancellationToken)
    {
        var currency = (await db.Opportunities.Where(o => o.Id == id).Select(o => o.Currency).FirstOrDefaultAsync(cancellationToken))?.Code;
        var input = form.ToDetailsInput(messages.Read(ModelState, nameof(form.Budget), form.Budget, currency));
        var result = ModelState.IsValid
            ? await opportunities.EditAsync(id, input, form.Version, User.ActorId(), cancellationToken)
            : UseCaseResult.Invalid(input.Problems());
        if (result.Succeeded)
        {
            return Redirect(DiscoveryUrls.Opportunity(id));
        }
        var opportunity = await db.Opportunities.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null || result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == Outcome.Conflict)
        {
            // Show what is saved now and keep what was typed; the form now names the saved version, so saving again replaces theirs.
            var saved = new List<string> { opportunity.Name };
            if (opportunity.Budget is { } budget)
            {
                saved.Add(T["a budget of {0}", Display.WholeMoney(budget, opportunity.Currency)]);
            }
            if (opportunity.ExpectedClose is { } close)
            {
                saved.Add(T["closing {0}", Display.Date(close)]);
            }
            ModelState.AddModelError("Version", T["Someone changed this opportunity while you were editing it (stage, owner or details). Now saved: {0}. Your changes are below and not saved; save again to replace theirs.",
                string.Join(T[", "], saved)]);
            form.Version = opportunity.Version;
            result = UseCaseResult.Invalid(input.Problems());
        }
        result.AddTo(ModelState, messages.Say);
        return EditView(opportunity, form);
    }

    private ViewResult EditView(Opportunity opportunity, OpportunityForm form)
    {
        ViewData["Title"] = T["Edit {0}", opportunity.Name].Value;
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
        var (result, move) = await opportunities.ChangeStageAsync(id, form.Stage, form.Reason, form.Confirmed, User.ActorId(), cancellationToken);
        return await AnswerAsync(id, result, "Stage", form, cancellationToken, move);
    }

    /// <summary>Hands one opportunity to another owner; its pain points, people and timeline stay as they are.</summary>
    [HttpPost("{id:int}/owner")]
    [Authorize(Policy = Policies.ReassignOwners)]
    public async Task<IActionResult> Reassign(int id, string? ownerId, CancellationToken cancellationToken)
    {
        var result = await opportunities.ReassignAsync(id, ownerId, User.ActorId(), cancellationToken);
        return await AnswerAsync(id, result, "OwnerId", new StageForm(), cancellationToken);
    }

    /// <summary>Back to the page when done; else the page with the problem next to the form that caused it.</summary>
    private async Task<IActionResult> AnswerAsync(int id, UseCaseResult result, string field, StageForm form, CancellationToken cancellationToken, StageMove? move = null)
    {
        if (result.Outcome is Outcome.Done or Outcome.NotFound)
        {
            return result.Succeeded ? Redirect(DiscoveryUrls.Opportunity(id)) : NotFound();
        }
        messages.ShowOn(result, ModelState, Response, field, move);
        return await ShowWithErrorsAsync(id, form, cancellationToken);
    }

    private async Task<IActionResult> ShowWithErrorsAsync(int id, StageForm form, CancellationToken cancellationToken)
    {
        var model = (await workspace.ModelAsync(id, User, cancellationToken))! with { StageChange = form };
        return View("Opportunity", model);
    }
}
