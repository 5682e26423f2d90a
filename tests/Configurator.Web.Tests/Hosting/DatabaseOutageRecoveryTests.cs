using System.Net;
using System.Text.Json;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Npgsql;

namespace Configurator.Web.Tests.Hosting;

/// <summary>
/// PostgreSQL goes away while the app runs, and comes back: in between every request that needs the database answers
/// 503 (a page in the reader's language, problem details for the API) and readiness says so, liveness does not; after,
/// the same requests answer again with no restart. The server is "stopped" by a forwarder between the app and it.
/// </summary>
[Trait("Database", "Postgres")]
public sealed class DatabaseOutageRecoveryTests(DatabaseOutageRecoveryTests.ForwardedApp app) : IClassFixture<DatabaseOutageRecoveryTests.ForwardedApp>
{
    private const string Waiting = "The database is not answering; try again in a minute.";
    // A page that reads the database and works on both providers today (the home's queries are being ported to PostgreSQL).
    private const string Page = Configurator.Web.Features.Notifications.NotificationsController.Path;
    private const string WaitingInChinese = "数据库没有响应，请一分钟后再试。";

    [PostgresFact]
    public async Task RequestsAnswer503WhileTheServerIsDownAndRecoverWhenItReturns()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        var chineseRep = await app.SignInAsync("wang.lei@demo.local");
        var api = await app.ApiClientAsync("rep@demo.local");
        var probe = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/readyz")).StatusCode);

        app.Forwarder.Stop();
        try
        {
            var page = await rep.GetAsync(Page);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), page.Headers.RetryAfter?.Delta);
            Assert.Contains(Waiting, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

            var chinese = await chineseRep.GetAsync(Page);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, chinese.StatusCode);
            Assert.Contains(WaitingInChinese, WebUtility.HtmlDecode(await chinese.Content.ReadAsStringAsync()));

            var problem = await api.GetAsync("/api/v1/me");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, problem.StatusCode);
            Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(problem.Headers.RetryAfter);
            var details = JsonDocument.Parse(await problem.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(503, details.GetProperty("status").GetInt32());
            Assert.Equal("Temporarily unavailable", details.GetProperty("title").GetString());
            Assert.Equal(Waiting, details.GetProperty("detail").GetString());

            var ready = await probe.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("database: unreachable", await ready.Content.ReadAsStringAsync());

            var live = await probe.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            app.Forwarder.Start();
        }

        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chineseRep.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        var readyAgain = await probe.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
        Assert.Equal("Ready", await readyAgain.Content.ReadAsStringAsync());
    }

    /// <summary>The app on PostgreSQL whatever the run's provider, reaching its database through <see cref="Forwarder"/>.</summary>
    public sealed class ForwardedApp : AppFactory
    {
        public ForwardedApp()
        {
            var server = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer);
            Forwarder = new TcpForwarder(server.Host ?? "127.0.0.1", server.Port);
            Forwarder.Start();
        }

        public TcpForwarder Forwarder { get; }

        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ConnectionStrings:Configurator"] = new NpgsqlConnectionStringBuilder(ConnectionString)
            {
                Host = "127.0.0.1",
                Port = Forwarder.Port,
                Timeout = 3,
            }.ConnectionString,
        };

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Forwarder.Dispose();
            }
        }
    }
}
