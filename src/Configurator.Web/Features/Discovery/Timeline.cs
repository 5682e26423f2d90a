using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Discovery;

/// <summary>Writes and reads the activity timeline of accounts and their opportunities.</summary>
public static class Timeline
{
    public const int RowsShown = 100;

    /// <summary>Saves a new record and its timeline entry in one transaction: the entry needs the id the save assigns.</summary>
    public static async Task SaveWithActivityAsync(this ConfiguratorDbContext db, Func<ActivityEntry> entry, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.Activity.Add(entry());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<TimelineRow>> ForAccountAsync(ConfiguratorDbContext db, int accountId, IReadOnlyDictionary<string, string> names,
        CancellationToken cancellationToken) =>
        await RowsAsync(db, await db.Activity.AsNoTracking().Where(a => a.AccountId == accountId).OrderByDescending(a => a.Id).Take(RowsShown).ToListAsync(cancellationToken), names, cancellationToken);

    public static async Task<IReadOnlyList<TimelineRow>> ForOpportunityAsync(ConfiguratorDbContext db, int opportunityId, IReadOnlyDictionary<string, string> names,
        CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(db, await db.Activity.AsNoTracking().Where(a => a.OpportunityId == opportunityId).OrderByDescending(a => a.Id).Take(RowsShown).ToListAsync(cancellationToken), names, cancellationToken);
        // What the client did with the links sent to them is read from the links and decisions themselves (#18).
        var client = await ClientLinks.ClientTimeline.RowsAsync(db, opportunityId, cancellationToken);
        return client.Count == 0 ? rows : [.. rows.Concat(client).OrderByDescending(r => r.At).Take(RowsShown)];
    }

    private static async Task<List<TimelineRow>> RowsAsync(ConfiguratorDbContext db, List<ActivityEntry> entries, IReadOnlyDictionary<string, string> names,
        CancellationToken cancellationToken)
    {
        // A step the client took through their link (the deal won online) names the recipient, not "a former user".
        var clients = await UserNames.ClientNamesAsync(db, entries.Select(e => e.ActorId), cancellationToken);
        return entries.Select(e => new TimelineRow(e.At, clients.GetValueOrDefault(e.ActorId) ?? names.NameOf(e.ActorId), e.Kind, e.Summary, e.Detail, e.OpportunityId, e.Words))
            .ToList();
    }
}
