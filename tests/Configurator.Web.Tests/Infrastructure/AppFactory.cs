using System.Net.Http.Json;
using Configurator.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>
/// Hosts the real app in-process on a fresh database (SQLite in its own temporary folder, or a throwaway PostgreSQL
/// database when the test run asks for it: <see cref="TestDatabase"/>), with production-like settings (not
/// Development: secure cookies) and the demo users seeded. One instance per test class through <see cref="IClassFixture{TFixture}"/>.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private string? _postgres;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "configurator-tests", Guid.NewGuid().ToString("n"));

    /// <summary>The SQLite file; only for tests that insist on SQLite (<see cref="Provider"/>).</summary>
    public string DatabasePath => Path.Combine(DataFolder, "configurator.db");

    /// <summary>The database this app runs on: the test run's, unless a test class needs SQLite's file itself.</summary>
    public virtual DatabaseProvider Provider => TestDatabase.Provider;

    /// <summary>
    /// Another app's database to run on as a second instance (<c>Scale/TwoInstancesTests</c>): set it to the first app's
    /// <see cref="ConnectionString"/>. This app then neither creates nor drops a database; the first app owns it.
    /// </summary>
    public string? SharedConnectionString { get; init; }

    /// <summary>The app's connection string (its PostgreSQL database is created on first use, unless it shares another app's).</summary>
    public string ConnectionString => SharedConnectionString ?? (Provider == DatabaseProvider.Postgres
        ? _postgres ??= TestDatabase.CreatePostgresDatabase()
        : $"Data Source={DatabasePath}");

    /// <summary>Settings a test class changes; the defaults suit most tests.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Configurator", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Pdf:StartOnBoot", "false");
        builder.UseSetting("Pdf:AllowDownload", "false");
        builder.UseSetting("RateLimiting:SignInPermitsPerMinute", "1000");
        builder.UseSetting("RateLimiting:DocumentsPerMinute", "1000");
        builder.UseSetting("RateLimiting:TextPreviewsPerMinute", "1000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>A client that behaves like a browser: keeps cookies, does not follow redirects, speaks HTTPS.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });

    /// <summary>A browser signed in as the given user (the demo password by default).</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = "Demo!2026")
    {
        var browser = CreateBrowser();
        var response = await browser.PostLoginAsync(email, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>An API client with a bearer token for the given user.</summary>
    public async Task<HttpClient> ApiClientAsync(string email, string password = "Demo!2026")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Adds a user straight through Identity, for tests that must not disturb the demo users.</summary>
    public async Task<AppUser> CreateUserAsync(string email, string password, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }
        return user;
    }

    /// <summary>Reads the user as the database has it now.</summary>
    public async Task<AppUser?> FindUserAsync(string email)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    public async Task<IList<string>> RolesOfAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (_postgres is not null)
            {
                TestDatabase.DropPostgresDatabase(_postgres);
            }
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown only leaves a temp folder behind.
            }
        }
    }
}
