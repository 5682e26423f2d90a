using Configurator.Web.Data;
using Configurator.Web.Features.Catalogue;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Demo;

/// <summary>
/// Fills an empty database with demo data when Demo:Seed is true: the demo users, the demo catalogue
/// and a generated book of business (accounts, opportunities, pain points, stakeholders); with Demo:Proposals
/// (on in Development) also the proposals that give presales and the approvers work on a fresh start, and a year of
/// won and lost ones for the insights (unless Demo:DecidedProposals is false).
/// </summary>
public sealed class DemoSeeder(UserManager<AppUser> users, ConfiguratorDbContext db, CatalogueImporter catalogue, TimeProvider clock, ILogger<DemoSeeder> logger,
    IConfiguration configuration, DemoProposals proposals)
{
    /// <summary>The demo book of business: always the same for the same seed and day.</summary>
    public const int BookSeed = 2026;
    public const int BookAccounts = 30;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await SeedUsersAsync(cancellationToken);
        await SeedCatalogueAsync(cancellationToken);
        await SeedBookOfBusinessAsync(cancellationToken);
        await SeedBrandAsync(cancellationToken);
    }

    private async Task SeedBrandAsync(CancellationToken cancellationToken)
    {
        if (await db.Brand.AnyAsync(cancellationToken))
        {
            return;
        }
        db.Brand.Add(Features.Brand.BrandStore.Demo(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedBookOfBusinessAsync(CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        static List<string> Reps(IEnumerable<DemoUser> team) => team.Where(u => u.Role == Domain.Users.Roles.Rep).Select(u => u.Email).ToList();
        var (reps, chineseReps) = (Reps(DemoUsers.English), Reps(DemoUsers.Chinese));
        var book = new BookOfBusinessGenerator(BookSeed, DateOnly.FromDateTime(now.UtcDateTime), reps, chineseReps).Generate(BookAccounts);
        var userIds = await users.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        if (!reps.Concat(chineseReps).All(userIds.ContainsKey))
        {
            // Demo users were not seeded (the database had users already): leave discovery empty.
            return;
        }
        await BookOfBusinessWriter.WriteAsync(db, book, userIds, now, cancellationToken);
        logger.LogInformation("Seeded the demo book of business: {Accounts} accounts, {Opportunities} opportunities, {PainPoints} pain points.",
            book.Accounts.Count, book.OpportunityCount, book.PainPointCount);
        if (configuration.GetValue("Demo:Proposals", false))
        {
            await proposals.SeedAsync(userIds, cancellationToken);
            // About half a minute of printed revisions: on unless Demo:DecidedProposals is false (the browser journeys need none).
            if (configuration.GetValue("Demo:DecidedProposals", true))
            {
                await proposals.SeedDecidedAsync(userIds, cancellationToken);
            }
        }
    }

    private async Task SeedCatalogueAsync(CancellationToken cancellationToken)
    {
        if (await db.OfferItems.AnyAsync(cancellationToken) || await db.PainCategories.AnyAsync(cancellationToken))
        {
            return;
        }
        var (file, problem) = CatalogueJson.Read(DemoCatalogue.Json());
        var result = problem is null ? await catalogue.ImportAsync(file!, "", cancellationToken) : null;
        if (result?.Plan is null)
        {
            var issues = problem is not null ? [problem] : result!.Issues;
            throw new InvalidOperationException("The demo catalogue does not import: " + string.Join("; ", issues.Select(i => $"{i.Path}: {i.Message}")));
        }
        logger.LogInformation("Seeded the demo catalogue: {Items} items.", result.Plan.CreatedItems.Count);
    }

    private async Task SeedUsersAsync(CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var (email, displayName, role, language) in DemoUsers.All)
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, Language = language, CreatedAt = clock.GetUtcNow() };
            // The documented demo password is a common one by design; it is set without the password rules.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, DemoUsers.Password);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {email} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }
            await users.AddToRoleAsync(user, role);
        }
        logger.LogInformation("Seeded {Count} demo users (password {Password}); demo data only.", DemoUsers.All.Count, DemoUsers.Password);
    }
}
