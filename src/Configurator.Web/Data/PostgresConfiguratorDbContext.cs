using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Configurator.Web.Data;

/// <summary>The PostgreSQL flavour of the context; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresConfiguratorDbContext(DbContextOptions<PostgresConfiguratorDbContext> options) : ConfiguratorDbContext(options)
{
    private static readonly StringTypeMapping _text = new("text", System.Data.DbType.String);
    private static readonly DateTimeTypeMapping _timestamp = new("timestamp without time zone", System.Data.DbType.DateTime);
    private static readonly DateOnlyTypeMapping _date = new("date", System.Data.DbType.Date);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Instants are timestamptz: the day is the date of the instant read in UTC, date(timezone('UTC', at)).
        builder.HasDbFunction(typeof(StoredDates).GetMethod(nameof(StoredDates.Day))!)
            .HasTranslation(args => new SqlFunctionExpression("date",
                [new SqlFunctionExpression("timezone", [new SqlConstantExpression("UTC", typeof(string), _text), args[0]],
                    nullable: true, argumentsPropagateNullability: [false, true], typeof(DateTime), _timestamp)],
                nullable: true, argumentsPropagateNullability: [true], typeof(DateOnly), _date));
    }
}
