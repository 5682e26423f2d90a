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
public sealed class StakeholdersController(ConfiguratorDbContext db, OpportunityWorkspace workspace, StakeholderService stakeholders, DiscoveryPageMessages messages) : Controller
{
    private const int MaxSuggestions = 8;

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
        result.AddTo(ModelState, messages.Say);
        if (ModelState.IsValid && !Request.IsHtmx())
        {
            return Redirect(DiscoveryUrls.OpportunityAddingPerson(id));
        }
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        model = ModelState.IsValid
            ? model with { Stakeholder = new StakeholderForm(), AddingPerson = true, PersonAdded = model.Opportunity.Stakeholders.First(s => s.Id == result.CreatedId).Name }
            : model with { Stakeholder = await KeepPickedAsync(form, cancellationToken), AddingPerson = true, PersonRefused = true };
        return Request.IsHtmx() ? PartialView("_DecisionChain", model) : View("Opportunity", model);
    }

    /// <summary>The account's known people not in this decision chain yet whose name matches what was typed (at most a handful).</summary>
    [HttpGet("suggestions")]
    public async Task<IActionResult> Suggestions(int id, [FromQuery] string? name, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Stakeholders).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        var people = string.IsNullOrWhiteSpace(name)
            ? []
            : (await db.People.AsNoTracking().Where(p => p.AccountId == opportunity.AccountId).ToListAsync(cancellationToken))
                .Where(p => p.Matches(name) && !opportunity.Stakeholders.Any(s => s.PersonId == p.Id))
                .OrderBy(p => p.Name, StringComparer.CurrentCulture).Take(MaxSuggestions).ToList();
        return PartialView("_PersonSuggestions", new PersonSuggestionsModel(id, name?.Trim() ?? "", people));
    }

    /// <summary>The add form, empty or with a known person of the account picked (then only their part in this deal is asked).</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(int id, [FromQuery] int? personId, CancellationToken cancellationToken)
    {
        var model = await workspace.ModelAsync(id, User, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        var form = new StakeholderForm();
        if (personId is { } picked)
        {
            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == picked && p.AccountId == model.Opportunity.AccountId, cancellationToken);
            if (person is null)
            {
                return NotFound();
            }
            form = Picked(person);
        }
        model = model with { Stakeholder = form, AddingPerson = true };
        return Request.IsHtmx() ? PartialView("_StakeholderAdd", model) : View("Opportunity", model);
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
        result.AddTo(ModelState, messages.Say);
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

    /// <summary>A refused form with a picked person shows that person again, as the account knows them.</summary>
    private async Task<StakeholderForm> KeepPickedAsync(StakeholderForm form, CancellationToken cancellationToken)
    {
        if (form.PersonId is not { } picked || await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == picked, cancellationToken) is not { } person)
        {
            return form;
        }
        form.Name = person.Name;
        form.Title = person.Title;
        form.Email = person.Email;
        form.Phone = person.Phone;
        return form;
    }

    private static StakeholderForm Picked(Person person) => new()
    {
        PersonId = person.Id,
        Name = person.Name,
        Title = person.Title,
        Email = person.Email,
        Phone = person.Phone,
    };

    private static StakeholderForm FormOf(Stakeholder person) => new()
    {
        Name = person.Name,
        Title = person.Title,
        Email = person.Person.Email,
        Phone = person.Person.Phone,
        Role = DiscoveryTerms.Code(person.Role),
        Stance = DiscoveryTerms.Code(person.Stance),
        Influence = person.Influence,
        Notes = person.Notes,
        CaresAbout = [.. person.CaresAbout],
        Version = person.Version,
    };
}
