using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Data;

/// <summary>The SQLite flavour of the context; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteConfiguratorDbContext(DbContextOptions<SqliteConfiguratorDbContext> options) : ConfiguratorDbContext(options);
