using Configurator.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Configurator.Web.Tests.Discovery;

/// <summary>A database from before pain points recorded the user id: the migration turns sign-in names into ids.</summary>
public sealed class CapturedByMigrationTests : IDisposable
{
    private const string Before = "20261127080059_Brand";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "configurator-tests", $"migration-{Guid.NewGuid():n}.db");

    [Fact]
    public async Task SignInNamesBecomeUserIdsTheSeedBecomesTheDealsStarterAndUnknownNamesStay()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var options = new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite($"Data Source={_path}").Options;
        await using (var db = new SqliteConfiguratorDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO AspNetUsers (Id, DisplayName, CreatedAt, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
                    PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
                VALUES ('id-rep', 'Riley Rep', '2026-11-01', 'rep@demo.local', 'REP@DEMO.LOCAL', 'rep@demo.local', 'REP@DEMO.LOCAL', 1, 0, 0, 0, 0),
                       ('id-owner', 'Olga Owner', '2026-11-01', 'owner@demo.local', 'OWNER@DEMO.LOCAL', 'owner@demo.local', 'OWNER@DEMO.LOCAL', 1, 0, 0, 0, 0);
                INSERT INTO Accounts (Id, Name, Industry, Region, Size, OwnerId, Notes, CreatedAt, Version) VALUES (1, 'Nordby', '', '', '', 'id-owner', '', '2026-11-01', 1);
                INSERT INTO Opportunities (Id, AccountId, Name, Stage, Currency, OwnerId, CreatedAt, Version, Competitors)
                VALUES (1, 1, 'Cold store', 'Discovery', 'EUR', 'id-rep', '2026-11-01', 2, '[]');
                INSERT INTO Activity (AccountId, OpportunityId, At, ActorId, Kind, Summary, Detail)
                VALUES (1, 1, '2026-11-01', 'id-owner', 'OpportunityCreated', 'Started the opportunity Cold store', '');
                INSERT INTO PainPoints (Id, OpportunityId, Title, Category, ClientWords, Severity, CapturedBy, CapturedAt, ChangedAt, Priority, Version)
                VALUES (1, 1, 'By e-mail', 'X', '', 3, 'rep@demo.local', '2026-11-01', '2026-11-01', 1, 1),
                       (2, 1, 'By the seed', 'X', '', 3, 'demo seed', '2026-11-01', '2026-11-01', 2, 1),
                       (3, 1, 'By someone gone', 'X', '', 3, 'gone@demo.local', '2026-11-01', '2026-11-01', 3, 1);
                """);

            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CapturedById FROM PainPoints ORDER BY Id";
        var capturedBy = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                capturedBy.Add(reader.GetString(0));
            }
        }

        // The seed's pain points go to whoever the timeline says started the deal, not to its owner now.
        Assert.Equal(["id-rep", "id-owner", "gone@demo.local"], capturedBy);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
