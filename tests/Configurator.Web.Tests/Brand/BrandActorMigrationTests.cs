using Configurator.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Configurator.Web.Tests.Brand;

/// <summary>A database from before the brand recorded the user id: the migration turns the stored name into the id, or into the system.</summary>
public sealed class BrandActorMigrationTests : IDisposable
{
    private const string Before = "20261129100801_ItemHistoryActorId";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "configurator-tests", $"migration-{Guid.NewGuid():n}.db");

    [Theory]
    [InlineData("Ada Admin", "id-admin")]
    [InlineData("admin@demo.local", "id-admin")]
    [InlineData("ADMIN@DEMO.LOCAL", "id-admin")]
    [InlineData("demo", "")]
    [InlineData("Sam Same", "")]
    [InlineData("Someone Gone", "")]
    [InlineData("", "")]
    public async Task TheStoredNameBecomesItsUsersIdAndAnyOtherNameTheSystem(string storedName, string expectedId)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var options = new DbContextOptionsBuilder<SqliteConfiguratorDbContext>().UseSqlite($"Data Source={_path}").Options;
        await using (var db = new SqliteConfiguratorDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            // Two users share "Sam Same": a display name that is not one person's maps to nobody in particular.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO AspNetUsers (Id, DisplayName, CreatedAt, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
                    PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
                VALUES ('id-admin', 'Ada Admin', '2026-11-01', 'admin@demo.local', 'ADMIN@DEMO.LOCAL', 'admin@demo.local', 'ADMIN@DEMO.LOCAL', 1, 0, 0, 0, 0),
                       ('id-sam-1', 'Sam Same', '2026-11-01', 'sam1@demo.local', 'SAM1@DEMO.LOCAL', 'sam1@demo.local', 'SAM1@DEMO.LOCAL', 1, 0, 0, 0, 0),
                       ('id-sam-2', 'Sam Same', '2026-11-01', 'sam2@demo.local', 'SAM2@DEMO.LOCAL', 'sam2@demo.local', 'SAM2@DEMO.LOCAL', 1, 0, 0, 0, 0);
                INSERT INTO Brand (Id, Name, PrimaryColour, Address, LegalFooter, LogoContentType, ChangedBy, ChangedAt, Version)
                VALUES (1, 'Fjord Systems', '#0b6e4f', '', '', '', {0}, '2026-11-01', 3);
                """, storedName);

            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ChangedById, Name, Version FROM Brand";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(expectedId, reader.GetString(0));
        Assert.Equal("Fjord Systems", reader.GetString(1));
        Assert.Equal(3, reader.GetInt32(2));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
