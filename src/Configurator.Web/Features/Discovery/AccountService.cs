using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The account write use cases, one implementation each for pages and the API alike: each change is
/// saved together with its timeline entry, by the user id of whoever made it.
/// </summary>
public sealed class AccountService(ConfiguratorDbContext db, AccountChoices choices, TimeProvider clock)
{
    /// <summary>
    /// Creates the account. A name like an existing account's (see <see cref="AccountNames"/>) is a
    /// conflict naming those accounts, unless the input says a new one is meant.
    /// </summary>
    public async Task<(UseCaseResult Result, IReadOnlyList<AccountMatch> Similar)> CreateAsync(AccountInput input, string actorId, CancellationToken cancellationToken)
    {
        if (input.Problems(choices) is { Count: > 0 } problems)
        {
            return (UseCaseResult.Invalid(problems), []);
        }
        if (input.AllowSimilar != true && await SimilarAsync(input.Name!, null, cancellationToken) is { Count: > 0 } similar)
        {
            return (SimilarConflict(similar), similar);
        }
        var account = Account.Create(input.Name.Trimmed(), choices.Industries.Canonical(input.Industry), choices.Regions.Canonical(input.Region), input.Size.Trimmed(), actorId,
            input.Notes.Trimmed(), clock.GetUtcNow());
        db.Accounts.Add(account);
        await db.SaveWithActivityAsync(() => ActivityEntry.Record(account.Id, null, ActivityKind.AccountCreated, ActivityText.Of("Created the account {0}", ActivityPart.Name(account.Name)), actorId, account.CreatedAt), cancellationToken);
        return (UseCaseResult.Done(account.Id), []);
    }

    /// <summary>The other accounts whose names are like <paramref name="name"/>, closest first.</summary>
    public async Task<IReadOnlyList<AccountMatch>> SimilarAsync(string name, int? except, CancellationToken cancellationToken)
    {
        var key = AccountNames.Key(name);
        // Only id and name are read, so this stays quick for a book of many thousand accounts.
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.Id != except).Select(a => new AccountMatch(a.Id, a.Name)).ToListAsync(cancellationToken);
        return accounts.Select(a => (Account: a, Key: AccountNames.Key(a.Name)))
            .Where(a => AccountNames.KeysAreAlike(key, a.Key))
            .OrderBy(a => a.Key == key ? 0 : 1).ThenBy(a => a.Account.Id)
            .Take(5).Select(a => a.Account).ToList();
    }

    /// <summary>Changes the account's details; a change based on an older version than the saved one is a conflict.</summary>
    /// <summary>
    /// Changes the account's details; a change based on an older version than the saved one is a conflict.
    /// An industry or region saved before the lists changed may stay; a new name like another account's
    /// is a conflict as on creation.
    /// </summary>
    public async Task<(UseCaseResult Result, IReadOnlyList<AccountMatch> Similar)> EditAsync(int id, AccountInput input, int? version, string actorId,
        CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return (NotFound(id), []);
        }
        if (SaveOrConflict.CheckVersion("account", version, account.Version) is { } stale)
        {
            return (stale, []);
        }
        var allowed = new AccountChoices(choices.Industries.Keeping(account.Industry), choices.Regions.Keeping(account.Region));
        if (input.Problems(allowed) is { Count: > 0 } problems)
        {
            return (UseCaseResult.Invalid(problems), []);
        }
        var renamed = !AccountNames.AreAlike(account.Name, input.Name!);
        if (renamed && input.AllowSimilar != true && await SimilarAsync(input.Name!, id, cancellationToken) is { Count: > 0 } similar)
        {
            return (SimilarConflict(similar), similar);
        }
        account.Update(input.Name.Trimmed(), allowed.Industries.Canonical(input.Industry), allowed.Regions.Canonical(input.Region), input.Size.Trimmed(), input.Notes.Trimmed());
        db.Activity.Add(ActivityEntry.Record(id, null, ActivityKind.AccountChanged, ActivityText.Of("Edited the details of {0}", ActivityPart.Name(account.Name)), actorId, clock.GetUtcNow()));
        return (await db.SaveOrConflictAsync(cancellationToken), []);
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
            ActivityText.Of("Handed the account and its opportunities from {0} to {1}", ActivityPart.Person(previous), ActivityPart.Person(owner.DisplayName)), actorId, clock.GetUtcNow()));
        account.Reassign(owner.Id);
        foreach (var opportunity in opportunities)
        {
            opportunity.Reassign(owner.Id);
        }
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private static UseCaseResult SimilarConflict(IReadOnlyList<AccountMatch> similar) =>
        UseCaseResult.Conflict($"An account with a similar name exists: {string.Join(", ", similar.Select(a => $"{a.Name} (id {a.Id})"))}. Use it, or say that a new account is meant (allowSimilar).");

    private static UseCaseResult NotFound(int id) => UseCaseResult.NotFound($"There is no account with the id {id}.");
}
