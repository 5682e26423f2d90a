using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>Every signed-in user reads every account: what the company learns about a client stays with the company.</summary>
[Route("/accounts")]
public sealed class AccountsController(ConfiguratorDbContext db, UserManager<AppUser> users, IAuthorizationService authorization, TimeProvider clock) : Controller
{
    [HttpGet("new")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public IActionResult Create()
    {
        ViewData["Title"] = "New account";
        ViewData["Section"] = "Accounts";
        return View(new AccountForm());
    }

    [HttpPost("new")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> Create(AccountForm form, CancellationToken cancellationToken)
    {
        UseCaseResult.Invalid(form.ToInput().Problems()).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            ViewData["Title"] = "New account";
            ViewData["Section"] = "Accounts";
            return View(form);
        }
        var account = Domain.Discovery.Account.Create(form.Name!.Trim(), Trim(form.Industry), Trim(form.Region), Trim(form.Size), users.GetUserId(User)!, Trim(form.Notes), clock.GetUtcNow());
        db.Accounts.Add(account);
        await db.SaveWithActivityAsync(() => ActivityEntry.Record(account.Id, null, ActivityKind.AccountCreated, $"Created the account {account.Name}", User.ActorId(), account.CreatedAt), cancellationToken);
        return Redirect($"/accounts/{account.Id}");
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
        ViewData["Title"] = $"Edit {account.Name}";
        ViewData["Section"] = "Accounts";
        return View("Create", new AccountForm
        {
            Id = id,
            Name = account.Name,
            Industry = account.Industry,
            Region = account.Region,
            Size = account.Size,
            Notes = account.Notes,
            Version = account.Version,
        });
    }

    /// <summary>Saves the account's details; an edit based on an older version is refused and shows what is saved now.</summary>
    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> Edit(int id, AccountForm form, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }
        form.Id = id;
        UseCaseResult.Invalid(form.ToInput().Problems()).AddTo(ModelState);
        if (account.Version != form.Version)
        {
            ModelState.AddModelError("Version", $"Someone changed this account while you were editing it. Now saved: {account.Name} · {account.Industry} · {account.Region} · {account.Size}. Your changes are below and not saved; save again to replace theirs.");
            form.Version = account.Version;
        }
        if (!ModelState.IsValid)
        {
            ViewData["Title"] = $"Edit {account.Name}";
            ViewData["Section"] = "Accounts";
            return View("Create", form);
        }
        account.Update(form.Name!.Trim(), Trim(form.Industry), Trim(form.Region), Trim(form.Size), Trim(form.Notes));
        db.Activity.Add(ActivityEntry.Record(id, null, ActivityKind.AccountChanged, $"Edited the details of {account.Name}", User.ActorId(), clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("Version", "Someone changed this account at the same moment; reload the page to see their version.");
            return View("Create", form);
        }
        return Redirect($"/accounts/{id}");
    }

    /// <summary>Starts an opportunity for the account, in the account's page.</summary>
    [HttpPost("{id:int}/opportunities")]
    [Authorize(Policy = Policies.EditDiscovery)]
    public async Task<IActionResult> CreateOpportunity(int id, OpportunityForm form, CancellationToken cancellationToken)
    {
        var competitors = (form.Competitors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var accountExists = await db.Accounts.AnyAsync(a => a.Id == id, cancellationToken);
        if (!accountExists)
        {
            return NotFound();
        }
        var input = new OpportunityInput(id, form.Name, form.Currency?.Trim().ToUpperInvariant(), "discovery", form.ExpectedClose, form.Budget, competitors, [], []);
        UseCaseResult.Invalid(input.Problems(new HashSet<string>())).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return await Account(id, form, cancellationToken);
        }
        var opportunity = Opportunity.Create(id, form.Name!.Trim(), OpportunityStage.Discovery, form.ExpectedClose, form.Budget, input.Currency!,
            competitors, users.GetUserId(User)!, clock.GetUtcNow());
        db.Opportunities.Add(opportunity);
        await db.SaveWithActivityAsync(() => ActivityEntry.Record(id, opportunity.Id, ActivityKind.OpportunityCreated, $"Started the opportunity {opportunity.Name}", User.ActorId(), opportunity.CreatedAt), cancellationToken);
        return Redirect($"/opportunities/{opportunity.Id}");
    }

    /// <summary>Hands the account and all its opportunities to another owner; every record stays as it is.</summary>
    [HttpPost("{id:int}/owner")]
    [Authorize(Policy = Policies.ReassignOwners)]
    public async Task<IActionResult> Reassign(int id, string? ownerId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }
        var owner = ownerId is null ? null : await users.FindByIdAsync(ownerId);
        if (owner is null)
        {
            ModelState.AddModelError("OwnerId", "Choose the colleague who takes the account over.");
            return await Account(id, new OpportunityForm(), cancellationToken);
        }
        if (owner.Id == account.OwnerId && !await db.Opportunities.AnyAsync(o => o.AccountId == id && o.OwnerId != owner.Id, cancellationToken))
        {
            return Redirect($"/accounts/{id}");
        }
        var previous = await users.FindByIdAsync(account.OwnerId);
        db.Activity.Add(ActivityEntry.Record(id, null, ActivityKind.OwnerChanged,
            $"Handed the account and its opportunities from {previous?.DisplayName ?? "a former user"} to {owner.DisplayName}", User.ActorId(), clock.GetUtcNow()));
        account.Reassign(owner.Id);
        foreach (var opportunity in await db.Opportunities.Where(o => o.AccountId == id).ToListAsync(cancellationToken))
        {
            opportunity.Reassign(owner.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/accounts/{id}");
    }

    private static string Trim(string? value) => value?.Trim() ?? "";

    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AccountListQuery query, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToUpperInvariant();
            accounts = accounts.Where(a => a.Name.ToUpper().Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(query.Industry))
        {
            accounts = accounts.Where(a => a.Industry == query.Industry);
        }
        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            accounts = accounts.Where(a => a.Region == query.Region);
        }
        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            accounts = accounts.Where(a => a.OwnerId == query.Owner);
        }
        var total = await accounts.CountAsync(cancellationToken);
        var rows = await accounts.OrderBy(a => a.Name).Take(PageSize)
            .Select(a => new AccountRow(a.Id, a.Name, a.Industry, a.Region, a.OwnerId, db.Opportunities.Count(o => o.AccountId == a.Id)))
            .ToListAsync(cancellationToken);
        var owners = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var industries = await db.Accounts.Select(a => a.Industry).Distinct().OrderBy(i => i).ToListAsync(cancellationToken);
        var regions = await db.Accounts.Select(a => a.Region).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
        var model = new AccountListViewModel(query, rows, total, owners, industries, regions);

        Response.VaryOnHtmx();
        ViewData["Title"] = "Accounts";
        ViewData["Section"] = "Accounts";
        return Request.IsHtmx() ? PartialView("_AccountResults", model) : View(model);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Account(int id, CancellationToken cancellationToken) =>
        await Account(id, new OpportunityForm(), cancellationToken);

    private async Task<IActionResult> Account(int id, OpportunityForm newOpportunity, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }
        var opportunities = await db.Opportunities.AsNoTracking().Where(o => o.AccountId == id).OrderBy(o => o.ExpectedClose)
            .Select(o => new OpportunityRow(o.Id, o.Name, o.Stage, o.ExpectedClose, o.Budget, o.Currency, o.OwnerId, o.PainPoints.Count, o.Stakeholders.Count))
            .ToListAsync(cancellationToken);
        var owners = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        ViewData["Title"] = account.Name;
        ViewData["Section"] = "Accounts";
        var canEdit = (await authorization.AuthorizeAsync(User, Policies.EditDiscovery)).Succeeded;
        var canReassign = (await authorization.AuthorizeAsync(User, Policies.ReassignOwners)).Succeeded;
        var timeline = await Timeline.ForAccountAsync(db, id, owners, cancellationToken);
        return View("Account", new AccountViewModel(account, opportunities, owners, newOpportunity, timeline, canEdit, canReassign));
    }
}
