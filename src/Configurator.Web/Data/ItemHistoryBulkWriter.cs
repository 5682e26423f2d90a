using System.Data.Common;
using Configurator.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Configurator.Web.Data;

/// <summary>
/// Appends history entries for many items at once with one prepared command, inside the caller's
/// transaction. EF Core issues one command per row on SQLite (about 0.3 ms each), which made a
/// 5,000-item import spend most of its time writing history; this writes the same rows, with the
/// same JSON as the EF mapping, in a fraction of that.
/// </summary>
public static class ItemHistoryBulkWriter
{
    public static async Task AppendAsync(ConfiguratorDbContext db, IReadOnlyList<(int ItemId, string Action, IReadOnlyList<FieldChange> Changes)> entries,
        DateTimeOffset at, string actorId, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Write history in the transaction of the change it records.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """INSERT INTO "OfferItemHistory" ("OfferItemId", "At", "ActorId", "Action", "Changes") VALUES (@item, @at, @actor, @action, @changes)""";
        var item = Add(command, "@item");
        Add(command, "@at").Value = at;
        Add(command, "@actor").Value = actorId;
        var action = Add(command, "@action");
        var changes = Add(command, "@changes");
        for (var i = 0; i < entries.Count; i++)
        {
            item.Value = entries[i].ItemId;
            action.Value = entries[i].Action;
            changes.Value = JsonColumn.Serialize(entries[i].Changes);
            if (i == 0)
            {
                // Prepared once the parameters hold values: PostgreSQL takes their types from them.
                await command.PrepareAsync(cancellationToken);
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
