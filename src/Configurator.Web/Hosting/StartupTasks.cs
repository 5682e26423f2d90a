using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Hosting;

/// <summary>What runs once before the app serves: migrate, make sure the roles exist, seed.</summary>
public static class StartupTasks
{
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        await DatabaseSetup.MigrateAsync(provider.GetRequiredService<ConfiguratorDbContext>(), cancellationToken);

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
            throw new InvalidOperationException($"Admin:Email/Admin:Password could not create the first admin: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
    }
}
