using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Configurator.Web.Data;

/// <summary>Lets `dotnet ef` build the SQLite context without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConfiguratorDbContext>
{
    public SqliteConfiguratorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteConfiguratorDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options;
        return new SqliteConfiguratorDbContext(options);
    }
}
