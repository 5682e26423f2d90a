using Configurator.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Configurator.Web.Tests.Catalogue;

/// <summary>A database from before item history recorded the user id: the migration turns sign-in names into ids and the seed into the system.</summary>
public sealed class ItemHistoryActorMigrationTests : IDisposable
{
    private const string Before = "20261129090815_DropUnusedLineNote";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "configurator-tests", $"migration-{Guid.NewGuid():n}.db");

    [Fact]
    public async Task SignInNamesBecomeUserIdsTheSeedBecomesTheSystemAndUnknownNamesStay()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var options = new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite($"Data Source={_path}").Options;
        await using (var db = new SqliteConfiguratorDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            var item = await RowWithDefaultsAsync(db, "OfferItems", ("Id", "1"), ("Code", "'STD'"));
            var sql = $"""
                INSERT INTO AspNetUsers (Id, DisplayName, CreatedAt, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
                    PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
                VALUES ('id-pm', 'Morgan Product', '2026-11-01', 'product@demo.local', 'PRODUCT@DEMO.LOCAL', 'product@demo.local', 'PRODUCT@DEMO.LOCAL', 1, 0, 0, 0, 0);
                {item}
                INSERT INTO OfferItemHistory (OfferItemId, At, By, Action, Changes)
                VALUES (1, '2026-11-01', 'product@demo.local', 'Edited', '[]'),
                       (1, '2026-11-01', 'demo seed', 'Created by import', '[]'),
                       (1, '2026-11-01', 'gone@demo.local', 'Edited', '[]');
                """;
            // Test data written here, not input: the whole script is known text.
            await db.Database.ExecuteSqlRawAsync(sql);

            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ActorId FROM OfferItemHistory ORDER BY Id";
        var actors = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                actors.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["id-pm", "", "gone@demo.local"], actors);
    }

    /// <summary>An INSERT giving the named columns and an empty value (0 or '') to every other column that needs one.</summary>
    private static async Task<string> RowWithDefaultsAsync(SqliteConfiguratorDbContext db, string table, params (string Column, string Value)[] given)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info({table})";
        var columns = new List<(string, string)>(given);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var (name, type, notNull) = (reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1);
                if (notNull && given.All(g => g.Column != name))
                {
                    columns.Add((name, type is "INTEGER" or "REAL" ? "0" : "''"));
                }
            }
        }
        return $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Item1))}) VALUES ({string.Join(", ", columns.Select(c => c.Item2))});";
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
