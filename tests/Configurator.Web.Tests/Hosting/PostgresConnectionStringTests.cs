using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Configurator.Web.Tests.Hosting;

/// <summary>The PostgreSQL connection string the app uses: what it adds for speed, and what it keeps from the operator.</summary>
public sealed class PostgresConnectionStringTests
{
    private static NpgsqlConnectionStringBuilder Used(string configured) =>
        new(DatabaseSetup.PostgresConnectionString(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Configurator"] = configured }).Build()));

    [Fact]
    public void StatementsArePreparedUnlessTheOperatorSaysOtherwise()
    {
        var plain = Used("Host=db.example.com;Database=configurator;Username=app;Password=secret");
        var off = Used("Host=db.example.com;Database=configurator;Username=app;Password=secret;Max Auto Prepare=0");
        var more = Used("Host=db.example.com;Database=configurator;Username=app;Password=secret;max auto prepare=200");

        Assert.Equal(64, plain.MaxAutoPrepare);
        Assert.Equal("db.example.com", plain.Host);
        Assert.Equal("secret", plain.Password);
        Assert.Equal(0, off.MaxAutoPrepare);
        Assert.Equal(200, more.MaxAutoPrepare);
    }

    [Fact]
    public void ConnectionsAreNotResetOnTheirWayBackToThePoolUnlessTheOperatorSaysOtherwise()
    {
        var plain = Used("Host=db.example.com;Database=configurator;Username=app;Password=secret");
        var reset = Used("Host=db.example.com;Database=configurator;Username=app;Password=secret;No Reset On Close=false");

        Assert.True(plain.NoResetOnClose);
        Assert.False(reset.NoResetOnClose);
    }

    [Fact]
    public void AStringWithoutHostOrDatabaseStopsTheStartWithWhatToSet()
    {
        var failure = Assert.Throws<StartupFailure>(() => Used("Username=app;Password=secret"));

        Assert.Contains("set both", failure.Message);
    }
}
