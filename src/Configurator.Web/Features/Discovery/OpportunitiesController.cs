using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>The rep's workspace for one deal: pain points captured as they come up, and the decision chain.</summary>
[Route("/opportunities")]
public sealed class OpportunitiesController(ConfiguratorDbContext db, CatalogueCache catalogue, IAuthorizationService authorization, TimeProvider clock) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(id, new PainPointForm(), new StakeholderForm(), added: false, cancellationToken);
        return model is null ? NotFound() : View("Opportunity", model);
    }

    /// <summary>Adds a pain point. With htmx it answers the capture area (list and a fresh form) and the summary strip.</summary>
    [HttpPost("{id:int}/pain-points")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> AddPainPoint(int id, PainPointForm form, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        var categories = (await catalogue.GetAsync(db, cancellationToken)).CategoryNames.Keys.ToHashSet(StringComparer.Ordinal);
        var input = new PainPointInput(form.Title, form.Category, form.ClientWords, form.Severity, form.AnnualImpact, null);
        foreach (var issue in DiscoveryValidation.PainPoint(input, categories, new HashSet<string>()))
        {
            ModelState.AddModelError(char.ToUpperInvariant(issue.Path[0]) + issue.Path[1..], issue.Message);
        }
        var added = false;
        if (ModelState.IsValid)
        {
            opportunity.AddPainPoint(form.Title!.Trim(), form.Category!, form.ClientWords?.Trim() ?? "", form.Severity!.Value, form.AnnualImpact,
                null, User.Identity?.Name ?? "", clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            added = true;
            if (!Request.IsHtmx())
            {
                return Redirect($"/opportunities/{id}#pain-points");
            }
        }
        // Keep the category and severity for the next entry: pains often come in runs of one kind.
        var next = added ? new PainPointForm { Category = form.Category, Severity = form.Severity } : form;
        var model = await ModelAsync(id, next, new StakeholderForm(), added, cancellationToken);
        return Request.IsHtmx() ? PartialView("_PainCapture", model) : View("Opportunity", model);
    }

    /// <summary>Adds a person to the decision chain. With htmx it answers the decision chain and the summary strip.</summary>
    [HttpPost("{id:int}/stakeholders")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> AddStakeholder(int id, StakeholderForm form, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.Include(o => o.Stakeholders).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return NotFound();
        }
        var input = new StakeholderInput(null, form.Name, form.Title, form.Role, form.Stance, form.Influence, null);
        foreach (var issue in DiscoveryValidation.Stakeholder(input))
        {
            ModelState.AddModelError(char.ToUpperInvariant(issue.Path[0]) + issue.Path[1..], issue.Message);
        }
        if (ModelState.IsValid)
        {
            DiscoveryTerms.TryParse<StakeholderRole>(form.Role, out var role);
            DiscoveryTerms.TryParse<Stance>(form.Stance, out var stance);
            opportunity.AddStakeholder(form.Name!.Trim(), form.Title?.Trim() ?? "", role, stance, form.Influence ?? 3, "");
            await db.SaveChangesAsync(cancellationToken);
            if (!Request.IsHtmx())
            {
                return Redirect($"/opportunities/{id}");
            }
        }
        var model = await ModelAsync(id, new PainPointForm(), ModelState.IsValid ? new StakeholderForm() : form, added: false, cancellationToken);
        return Request.IsHtmx() ? PartialView("_DecisionChain", model) : View("Opportunity", model);
    }

    private async Task<OpportunityViewModel?> ModelAsync(int id, PainPointForm form, StakeholderForm stakeholder, bool added, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).ThenInclude(p => p.RaisedBy).Include(o => o.Stakeholders)
            .AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opportunity is null)
        {
            return null;
        }
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == opportunity.AccountId, cancellationToken);
        var owners = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var categories = (await catalogue.GetAsync(db, cancellationToken)).Categories;
        ViewData["Title"] = opportunity.Name;
        ViewData["Section"] = "Accounts";
        var canEdit = (await authorization.AuthorizeAsync(User, Policies.EditDiscovery)).Succeeded;
        return new OpportunityViewModel(opportunity, account, owners, categories, DiscoverySummary.Of(opportunity), form, stakeholder, canEdit, added);
    }
}
