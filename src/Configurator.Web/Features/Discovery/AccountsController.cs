using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>Every signed-in user reads every account: what the company learns about a client stays with the company.</summary>
[Route("/accounts")]
public sealed class AccountsController(ConfiguratorDbContext db) : Controller
{
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
    public async Task<IActionResult> Account(int id, CancellationToken cancellationToken)
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
        return View(new AccountViewModel(account, opportunities, owners));
    }
}
