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

/// <summary>Every signed-in user reads every account: what the company learns about a client stays with the company.</summary>
[Route("/accounts")]
public sealed class AccountsController(ConfiguratorDbContext db, AccountService accounts, AccountList list, AccountChoices choices, OpportunityService opportunities,
    IAuthorizationService authorization, TimeProvider clock, DiscoveryPageMessages messages, IStringLocalizer<Text> T) : Controller
{
    /// <summary>The new-account form, with the name prefilled when the account search found nothing for it.</summary>
    [HttpGet("new")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public IActionResult Create(string? name) => FormView(T["New account"], new AccountForm { Name = name?.Trim() }, choices, []);

    /// <summary>Creates the account; a name like an existing account's asks to confirm first, linking to them.</summary>
    [HttpPost("new")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> Create(AccountForm form, CancellationToken cancellationToken)
    {
        ReadChoices(form);
        var (result, similar) = await accounts.CreateAsync(form.ToInput(), User.ActorId(), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(DiscoveryUrls.Account(result.CreatedId!.Value));
        }
        result.AddTo(ModelState, messages.Say);
        return FormView(T["New account"], form, choices, similar);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }
        return FormView(T["Edit {0}", account.Name], new AccountForm
        {
            Id = id,
            Name = account.Name,
            Industry = account.Industry,
            Region = account.Region,
            Size = account.Size,
            Notes = account.Notes,
            Version = account.Version,
        }, ChoicesFor(account), []);
    }

    /// <summary>Saves the account's details; an edit based on an older version is refused and shows what is saved now.</summary>
    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> Edit(int id, AccountForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        ReadChoices(form);
        var (result, similar) = await accounts.EditAsync(id, form.ToInput(), form.Version, User.ActorId(), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(DiscoveryUrls.Account(id));
        }
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null || result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == Outcome.Conflict && similar.Count == 0)
        {
            // Show what is saved now and keep what was typed; the form now names the saved version, so saving again replaces theirs.
            ModelState.AddModelError("Version", T["Someone changed this account while you were editing it. Now saved: {0}. Your changes are below and not saved; save again to replace theirs.",
                string.Join(" · ", account.Name, T.Choice(account.Industry), T.Choice(account.Region), account.Size)]);
            form.Version = account.Version;
            result = UseCaseResult.Invalid(form.ToInput().Problems(ChoicesFor(account)));
        }
        result.AddTo(ModelState, messages.Say);
        return FormView(T["Edit {0}", account.Name], form, ChoicesFor(account), similar);
    }

    private ViewResult FormView(string title, AccountForm form, AccountChoices offered, IReadOnlyList<AccountMatch> similar)
    {
        ViewData["Title"] = title;
        ViewData["Section"] = "Accounts";
        return View("Create", new AccountFormModel(form, offered, similar));
    }

    /// <summary>The lists, plus the account's own values saved before the lists changed, so they stay selectable.</summary>
    // The text boxes show the lists' values in the reader's language; the account keeps the list's own value.
    private void ReadChoices(AccountForm form)
    {
        form.Industry = T.Typed(choices.Industries, form.Industry);
        form.Region = T.Typed(choices.Regions, form.Region);
    }

    private AccountChoices ChoicesFor(Account account) => new(choices.Industries.Keeping(account.Industry), choices.Regions.Keeping(account.Region));

    /// <summary>Starts an opportunity for the account, in the account's page.</summary>
    [HttpPost("{id:int}/opportunities")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> CreateOpportunity(int id, OpportunityForm form, CancellationToken cancellationToken)
    {
        var input = form.ToInput(id, messages.Read(ModelState, nameof(form.Budget), form.Budget, form.CurrencyCode));
        var result = ModelState.IsValid
            ? (await opportunities.CreateAsync(input, User.ActorId(), cancellationToken)).Result
            : UseCaseResult.Invalid(input.Problems(new HashSet<string>()));
        if (result.Succeeded)
        {
            return Redirect(DiscoveryUrls.Opportunity(result.CreatedId!.Value));
        }
        // The account is the page's own address, so an unknown one is a missing page, not a field to correct.
        if (result.FieldErrors.Any(e => e.Field == "accountId"))
        {
            return NotFound();
        }
        result.AddTo(ModelState, messages.Say);
        return await Account(id, form, cancellationToken);
    }

    /// <summary>Hands the account and all its opportunities to another owner; every record stays as it is.</summary>
    [HttpPost("{id:int}/owner")]
    [Authorize(Policy = Policies.ReassignOwners)]
    public async Task<IActionResult> Reassign(int id, string? ownerId, CancellationToken cancellationToken)
    {
        var result = await accounts.ReassignAsync(id, ownerId, User.ActorId(), cancellationToken);
        if (result.Outcome is Outcome.Done or Outcome.NotFound)
        {
            return result.Succeeded ? Redirect(DiscoveryUrls.Account(id)) : NotFound();
        }
        messages.ShowOn(result, ModelState, Response, "OwnerId");
        return await Account(id, new OpportunityForm(), cancellationToken);
    }

    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AccountListQuery query, [FromQuery] PagingQuery paging, CancellationToken cancellationToken)
    {
        var (rows, errors) = await list.QueryAsync(query, paging, User.ActorId(), PageSize, cancellationToken);
        foreach (var error in errors)
        {
            ModelState.AddModelError(UseCaseAnswers.FormField(error.Field), messages.Filter(error));
        }
        var owners = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var (industries, regions) = await list.FilterValuesAsync(cancellationToken);
        var canCreate = (await authorization.AuthorizeAsync(User, Policies.EditDiscovery)).Succeeded;
        var model = new AccountListViewModel(query, rows, owners, industries, regions, canCreate);

        ViewData["Title"] = T["Accounts"].Value;
        ViewData["Section"] = "Accounts";
        return Request.IsHtmx() ? PartialView("_AccountResults", model) : View(model);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Account(int id, CancellationToken cancellationToken) =>
        await Account(id, new OpportunityForm { Currency = await opportunities.SuggestedCurrencyAsync(id, cancellationToken) }, cancellationToken);

    private async Task<IActionResult> Account(int id, OpportunityForm newOpportunity, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }
        var opportunities = await db.Opportunities.AsNoTracking().Where(o => o.AccountId == id).OrderBy(o => o.ExpectedClose)
            .Select(o => new OpportunityRow(o.Id, o.Name, o.Stage, o.ExpectedClose, o.Budget, o.Currency, o.OwnerId, o.PainPoints.Count, o.Stakeholders.Count,
                o.NextStepText, o.NextStepDue))
            .ToListAsync(cancellationToken);
        var owners = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        ViewData["Title"] = account.Name;
        ViewData["Section"] = "Accounts";
        var canEdit = (await authorization.AuthorizeAsync(User, Policies.EditDiscovery)).Succeeded;
        var canReassign = (await authorization.AuthorizeAsync(User, Policies.ReassignOwners)).Succeeded;
        var timeline = await Timeline.ForAccountAsync(db, id, owners, cancellationToken);
        return View("Account", new AccountViewModel(account, opportunities, owners, newOpportunity, timeline, canEdit, canReassign)
        {
            Today = clock.Date(),
            People = await PeopleAsync(id, opportunities, cancellationToken),
        });
    }

    /// <summary>The account's people by name, each with the deals they are in (in the order the page lists the deals).</summary>
    private async Task<IReadOnlyList<AccountPersonRow>> PeopleAsync(int accountId, IReadOnlyList<OpportunityRow> opportunities, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking().Where(p => p.AccountId == accountId).ToListAsync(cancellationToken);
        var parts = await db.Stakeholders.AsNoTracking().IgnoreAutoIncludes().Where(s => s.Person.AccountId == accountId)
            .Select(s => new { s.PersonId, s.OpportunityId, s.Role }).ToListAsync(cancellationToken);
        var order = opportunities.Select((o, index) => (o.Id, index)).ToDictionary(o => o.Id, o => o.index);
        var names = opportunities.ToDictionary(o => o.Id, o => o.Name);
        return people.OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id)
            .Select(p => new AccountPersonRow(p, parts.Where(s => s.PersonId == p.Id && names.ContainsKey(s.OpportunityId)).OrderBy(s => order[s.OpportunityId])
                .Select(s => new AccountPersonDeal(s.OpportunityId, names[s.OpportunityId], s.Role)).ToList()))
            .ToList();
    }
}
