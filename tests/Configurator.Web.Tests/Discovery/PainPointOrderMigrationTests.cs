using Configurator.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Configurator.Web.Tests.Discovery;

/// <summary>A database where concurrent adds left two pain points at one place: the migration numbers each deal 1..n again, then holds the order unique.</summary>
public sealed class PainPointOrderMigrationTests : IDisposable
{
    private const string Before = "20261204210011_LineImprovements";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "configurator-tests", $"migration-{Guid.NewGuid():n}.db");

    [Fact]
    public async Task DuplicatePrioritiesAreNumberedAgainInTheOrderTheyShowed()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var options = new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite($"Data Source={_path}").Options;
        await using (var db = new SqliteConfiguratorDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Accounts (Id, Name, Industry, Region, Size, OwnerId, Notes, CreatedAt, Version) VALUES (1, 'Nordby', '', '', '', 'id-rep', '', '2026-11-01', 1);
                INSERT INTO Opportunities (Id, AccountId, Name, Stage, Currency, OwnerId, CreatedAt, Version, Competitors, NextStepText)
                VALUES (1, 1, 'Cold store', 'Discovery', 'EUR', 'id-rep', '2026-11-01', 1, '[]', ''),
                       (2, 1, 'Warm store', 'Discovery', 'EUR', 'id-rep', '2026-11-01', 1, '[]', '');
                INSERT INTO PainPoints (Id, OpportunityId, Title, Category, ClientWords, Severity, CapturedById, CapturedAt, ChangedAt, Priority, Version)
                VALUES (1, 1, 'A', 'X', '', 3, 'id-rep', '2026-11-01', '2026-11-01', 1, 1),
                       (2, 1, 'B', 'X', '', 3, 'id-rep', '2026-11-01', '2026-11-01', 2, 1),
                       (3, 1, 'C', 'X', '', 3, 'id-rep', '2026-11-01', '2026-11-01', 2, 1),
                       (4, 1, 'D', 'X', '', 3, 'id-rep', '2026-11-01', '2026-11-01', 2, 1),
                       (5, 1, 'E', 'X', '', 3, 'id-rep', '2026-11-01', '2026-11-01', 3, 1),
                       (6, 2, 'F', 'X', '', 3, 'id-rep', '2026-11-01', '2026-11-01', 1, 1),
                       (7, 2, 'G', 'X', '', 3, 'id-rep', '2026-11-01', '2026-11-01', 1, 1);
                """);

            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Title, Priority FROM PainPoints ORDER BY OpportunityId, Priority";
        var order = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                order.Add($"{reader.GetString(0)}{reader.GetInt32(1)}");
            }
        }

        Assert.Equal(["A1", "B2", "C3", "D4", "E5", "F1", "G2"], order);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
