using Configurator.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Configurator.Web.Tests.Discovery;

/// <summary>A database from before people belonged to the account: every stakeholder becomes a person of the account, nothing is lost and ids keep their meaning.</summary>
public sealed class AccountPeopleMigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "configurator-tests", $"migration-{Guid.NewGuid():n}.db");

    [Fact]
    public async Task StakeholdersBecomePeopleOfTheAccountAndKeepTheirIdsPartsAndWhatTheyRaised()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var options = new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite($"Data Source={_path}").Options;
        await using (var db = new SqliteConfiguratorDbContext(options))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_AccountPeople", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Accounts (Id, Name, Industry, Region, Size, OwnerId, Notes, CreatedAt, Version) VALUES
                    (1, 'Nordby', '', '', '', 'id-rep', '', '2026-11-01', 1),
                    (2, 'Hafen', '', '', '', 'id-rep', '', '2026-11-01', 1);
                INSERT INTO Opportunities (Id, AccountId, Name, Stage, Currency, OwnerId, CreatedAt, Version, Competitors) VALUES
                    (1, 1, 'Cold store', 'Discovery', 'EUR', 'id-rep', '2026-11-01', 1, '[]'),
                    (2, 1, 'Renewal', 'Discovery', 'EUR', 'id-rep', '2026-11-01', 1, '[]'),
                    (3, 2, 'Port', 'Discovery', 'EUR', 'id-rep', '2026-11-01', 1, '[]');
                INSERT INTO Stakeholders (Id, OpportunityId, Name, Title, Role, Stance, Influence, Notes, Version, CaresAbout) VALUES
                    (7, 1, 'Ana Ruiz', 'CFO', 'EconomicBuyer', 'Neutral', 5, 'Signs off', 3, '[1]'),
                    (8, 2, 'Ana Ruiz', 'CFO', 'Influencer', 'Supporter', 2, '', 1, '[]'),
                    (9, 3, 'Li Wei', 'COO', 'Champion', 'Supporter', 4, '', 1, '[]');
                INSERT INTO PainPoints (Id, OpportunityId, Title, Category, ClientWords, Severity, RaisedById, CapturedById, CapturedAt, ChangedAt, Priority, Version) VALUES
                    (1, 1, 'Trucks wait', 'SLOW-FULFIL', '', 3, 7, 'id-rep', '2026-11-01', '2026-11-01', 1, 1),
                    (2, 3, 'Stock wrong', 'STOCK-ERRORS', '', 3, 9, 'id-rep', '2026-11-01', '2026-11-01', 1, 1);
                """);

            await db.Database.MigrateAsync();
        }

        var people = await RowsAsync("SELECT Id, AccountId, Name, Title, Email, Phone FROM People ORDER BY Id");
        var stakeholders = await RowsAsync("SELECT Id, OpportunityId, PersonId, Role, Stance, Influence, Notes, Version, CaresAbout FROM Stakeholders ORDER BY Id");
        var raisedBy = await RowsAsync("SELECT Id, RaisedById FROM PainPoints ORDER BY Id");

        // One person per former stakeholder: two Ana Ruiz rows stay two people, as nothing proves they are one.
        Assert.Equal(
        [
            "7|1|Ana Ruiz|CFO||",
            "8|1|Ana Ruiz|CFO||",
            "9|2|Li Wei|COO||",
        ], people);
        Assert.Equal(
        [
            "7|1|7|EconomicBuyer|Neutral|5|Signs off|3|[1]",
            "8|2|8|Influencer|Supporter|2||1|[]",
            "9|3|9|Champion|Supporter|4||1|[]",
        ], stakeholders);
        Assert.Equal(["1|7", "2|9"], raisedBy);

        // The migrated database is usable by the app: a person is read through their part in the deal.
        await using var check = new SqliteConfiguratorDbContext(new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite($"Data Source={_path}").Options);
        var ana = await check.Stakeholders.AsNoTracking().SingleAsync(s => s.Id == 7);
        Assert.Equal(("Ana Ruiz", "CFO"), (ana.Name, ana.Title));
    }

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())));
        }
        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
