using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Configurator.Web.Data;

/// <summary>The SQLite flavour of the context; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteConfiguratorDbContext(DbContextOptions<SqliteConfiguratorDbContext> options) : ConfiguratorDbContext(options)
{
    private static readonly IntTypeMapping _integer = new("INTEGER");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Instants are stored as 'yyyy-MM-dd HH:mm:ss…+00:00' (the app's clock is UTC): the day is the first ten characters.
        builder.HasDbFunction(typeof(StoredDates).GetMethod(nameof(StoredDates.Day))!)
            .HasTranslation(args => new SqlFunctionExpression("substr",
                [args[0], new SqlConstantExpression(1, typeof(int), _integer), new SqlConstantExpression(10, typeof(int), _integer)],
                nullable: true, argumentsPropagateNullability: [true, false, false], typeof(DateOnly), null));
    }
}
