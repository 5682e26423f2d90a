using Configurator.Domain.Branding;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Brand;

/// <summary>
/// The app with another admin who can be told to save the brand at the very moment the next brand save
/// is about to be written: after the request has read the brand and checked its version, before its own
/// write reaches the database.
/// </summary>
public sealed class BrandRaceFactory : AppFactory
{
    /// <summary>The other admin writes through a second SQLite connection to the same file.</summary>
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private string? _otherSave;

    /// <summary>The SQL the other admin's save runs, once, just before the next brand save is written.</summary>
    public void BeforeNextBrandSave(string sql) => _otherSave = sql;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteConfiguratorDbContext>(options => options.AddInterceptors(new OtherAdmin(this))));
    }

    private sealed class OtherAdmin(BrandRaceFactory factory) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<CompanyBrand>().Any() && Interlocked.Exchange(ref factory._otherSave, null) is { } sql)
            {
                await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }
    }
}
