using Configurator.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Demo;

/// <summary>
/// Fills an empty database with demo data when Demo:Seed is true: the demo users now; the catalogue
/// and the generated book of business join as their features land.
/// </summary>
public sealed class DemoSeeder(UserManager<AppUser> users, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var (email, displayName, role) in DemoUsers.All)
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, DemoUsers.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {email} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }
            await users.AddToRoleAsync(user, role);
        }
        logger.LogInformation("Seeded {Count} demo users (password {Password}); demo data only.", DemoUsers.All.Count, DemoUsers.Password);
    }
}
