using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Configurator.Web.Data;

/// <summary>Lets `dotnet ef` build the PostgreSQL context without starting the web host (or reaching a server).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresConfiguratorDbContext>
{
    public PostgresConfiguratorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresConfiguratorDbContext>()
            .UseNpgsql("Host=localhost;Database=configurator_design")
            .Options;
        return new PostgresConfiguratorDbContext(options);
    }
}
