using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Hosting;

/// <summary>
/// What runs once before the app serves: migrate (or, with <c>Database:MigrateOnStart=false</c>, refuse to start on a
/// database that is behind), make sure the roles exist, seed. Whatever stops the start is a <see cref="StartupFailure"/>
/// whose one sentence says what to set.
/// </summary>
public static class StartupTasks
{
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<ConfiguratorDbContext>();
        try
        {
            if (DatabaseSetup.MigratesOnStart(configuration))
            {
                await MigrateAsync(db, cancellationToken);
            }
            else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                throw new StartupFailure(DatabaseSetup.NeedsMigrating);
            }

            var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }

            await BootstrapAdminAsync(provider, configuration, cancellationToken);

            if (configuration.GetValue<bool>("Demo:Seed"))
            {
                await provider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is not StartupFailure && DatabaseSetup.WhyUnusable(e, db) is { } why)
        {
            throw new StartupFailure(why, e);
        }
    }

    /// <summary>
    /// <c>dotnet run --project src/Configurator.Web -- migrate</c>: applies what is pending, prints each migration, exits
    /// 0; seeds nothing. For deployments that migrate once before rolling out instances with MigrateOnStart=false.
    /// </summary>
    public static bool IsMigrateCommand(string[] args) => args.Length > 0 && args[0] == "migrate";

    public static async Task<int> MigrateCommandAsync(IServiceProvider services, TextWriter output, ILogger logger, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        try
        {
            var applied = await MigrateAsync(scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>(), cancellationToken);
            foreach (var migration in applied)
            {
                await output.WriteLineAsync($"Applied {migration}");
            }
            await output.WriteLineAsync(applied.Count == 0
                ? "The database was already up to date."
                : $"The database is up to date: {applied.Count} migration(s) applied.");
            return 0;
        }
        catch (StartupFailure failure)
        {
            failure.Report(logger);
            return StartupFailure.ExitCode;
        }
    }

    /// <summary>Migrates, turning any failure into one sentence: the database is unusable, or it is left as it was.</summary>
    private static async Task<IReadOnlyList<string>> MigrateAsync(ConfiguratorDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await DatabaseSetup.MigrateAsync(db, cancellationToken);
        }
        catch (Exception e) when (e is not StartupFailure && DatabaseSetup.WhyUnusable(e, db) is { } why)
        {
            throw new StartupFailure(why, e);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or DbUpdateException)
        {
            var outcome = db.Database.IsNpgsql() ? " and nothing was changed" : "";
            throw new StartupFailure(
                $"Migrating the database failed{outcome} ({e.GetBaseException().Message}): correct the database (or restore its backup) and start again.", e);
        }
    }

    /// <summary>
    /// Outside the demo, the first admin comes from configuration (Admin:Email, Admin:Password),
    /// and only while the database has no users at all.
    /// </summary>
    private static async Task BootstrapAdminAsync(IServiceProvider provider, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }
        var users = provider.GetRequiredService<UserManager<AppUser>>();
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        var admin = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Administrator",
            CreatedAt = provider.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new StartupFailure($"Admin:Email/Admin:Password could not create the first admin: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
    }
}
