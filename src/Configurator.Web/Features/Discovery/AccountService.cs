using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The account write use cases, one implementation each for pages and the API alike: each change is
/// saved together with its timeline entry, by the user id of whoever made it.
/// </summary>
public sealed class AccountService(ConfiguratorDbContext db, TimeProvider clock)
{
    public async Task<UseCaseResult> CreateAsync(AccountInput input, string actorId, CancellationToken cancellationToken)
    {
        if (input.Problems() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems);
        }
        var account = Account.Create(input.Name.Trimmed(), input.Industry.Trimmed(), input.Region.Trimmed(), input.Size.Trimmed(), actorId, input.Notes.Trimmed(), clock.GetUtcNow());
        db.Accounts.Add(account);
        await db.SaveWithActivityAsync(() => ActivityEntry.Record(account.Id, null, ActivityKind.AccountCreated, $"Created the account {account.Name}", actorId, account.CreatedAt), cancellationToken);
        return UseCaseResult.Done(account.Id);
    }

    /// <summary>Changes the account's details; a change based on an older version than the saved one is a conflict.</summary>
    public async Task<UseCaseResult> EditAsync(int id, AccountInput input, int? version, string actorId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound(id);
        }
        if (SaveOrConflict.CheckVersion("account", version, account.Version) is { } stale)
        {
            return stale;
        }
        if (input.Problems() is { Count: > 0 } problems)
        {
            return UseCaseResult.Invalid(problems);
        }
        account.Update(input.Name.Trimmed(), input.Industry.Trimmed(), input.Region.Trimmed(), input.Size.Trimmed(), input.Notes.Trimmed());
        db.Activity.Add(ActivityEntry.Record(id, null, ActivityKind.AccountChanged, $"Edited the details of {account.Name}", actorId, clock.GetUtcNow()));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Hands the account and all its opportunities to another owner; every record stays as it is.</summary>
    public async Task<UseCaseResult> ReassignAsync(int id, string? ownerId, string actorId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound(id);
        }
        var owner = ownerId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == ownerId, cancellationToken);
        if (owner is null)
        {
            return UseCaseResult.Invalid("ownerId", "Choose the colleague who takes the account over.");
        }
        var opportunities = await db.Opportunities.Where(o => o.AccountId == id).ToListAsync(cancellationToken);
        if (owner.Id == account.OwnerId && opportunities.All(o => o.OwnerId == owner.Id))
        {
            return UseCaseResult.Done();
        }
        var previous = await db.Users.AsNoTracking().Where(u => u.Id == account.OwnerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        db.Activity.Add(ActivityEntry.Record(id, null, ActivityKind.OwnerChanged,
            $"Handed the account and its opportunities from {previous ?? "a former user"} to {owner.DisplayName}", actorId, clock.GetUtcNow()));
        account.Reassign(owner.Id);
        foreach (var opportunity in opportunities)
        {
            opportunity.Reassign(owner.Id);
        }
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private static UseCaseResult NotFound(int id) => UseCaseResult.NotFound($"There is no account with the id {id}.");
}
