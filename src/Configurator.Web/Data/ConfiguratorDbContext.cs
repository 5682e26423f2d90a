using Configurator.Domain.Branding;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Data;

/// <summary>
/// The application's unit of work. Features use this type; each database provider derives its own
/// context only so that it can keep its own migration set.
/// </summary>
public abstract class ConfiguratorDbContext(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that sign cookies, tokens and antiforgery fields: in the database, so every app instance honours them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OfferItem> OfferItems => Set<OfferItem>();

    public DbSet<PainCategory> PainCategories => Set<PainCategory>();

    public DbSet<ItemHistoryEntry> ItemHistory => Set<ItemHistoryEntry>();

    public DbSet<CatalogueRevision> CatalogueRevisions => Set<CatalogueRevision>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<PainPoint> PainPoints => Set<PainPoint>();

    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ProposalRevision> ProposalRevisions => Set<ProposalRevision>();

    public DbSet<CompanyBrand> Brand => Set<CompanyBrand>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<TwoFactorRole> TwoFactorRoles => Set<TwoFactorRole>();
    public DbSet<StandardTerms> StandardTerms => Set<StandardTerms>();

    public DbSet<ContentBlock> ContentBlocks => Set<ContentBlock>();

    public DbSet<Domain.Portal.ClientLink> ClientLinks => Set<Domain.Portal.ClientLink>();

    public DbSet<Domain.Portal.ClientDecision> ClientDecisions => Set<Domain.Portal.ClientDecision>();

    public DbSet<Domain.Portal.ClientQuestion> ClientQuestions => Set<Domain.Portal.ClientQuestion>();

    public DbSet<Features.Notifications.Notification> Notifications => Set<Features.Notifications.Notification>();
    public DbSet<SignedCopy> SignedCopies => Set<SignedCopy>();

    /// <summary>
    /// Saves, and when anything in the catalogue changed, moves the catalogue revision on in the same
    /// transaction, so no writer can forget to tell the catalogue caches. Pain points that change priority
    /// are renumbered in one transaction too (see <see cref="SaveDetectedAsync"/>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once, here; the save itself then skips a second pass over every tracked entity.
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            ChangeTracker.DetectChanges();
        }
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var catalogueChanged = ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is OfferItem or PainCategory);
        var moving = ChangeTracker.Entries<PainPoint>()
            .Where(e => e.State == EntityState.Modified && e.Property(p => p.Priority).IsModified)
            .ToList();
        var reordered = moving.Select(e => e.Entity.Id).ToList();
        if (!catalogueChanged && reordered.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (reordered.Count > 0)
            {
                // A deal's priorities are unique in the database, checked row by row: the pain points that move
                // step aside first (to -id, which no priority takes), so no row meets another's old place on the way.
                await PainPoints.Where(p => reordered.Contains(p.Id)).ExecuteUpdateAsync(p => p.SetProperty(x => x.Priority, x => -x.Id), cancellationToken);
                foreach (var entry in moving)
                {
                    // What the row holds now: with no old place left to clash over, a swap is no cycle to EF.
                    entry.Property(p => p.Priority).OriginalValue = -entry.Entity.Id;
                }
            }
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (catalogueChanged)
            {
                await CatalogueRevisions.Where(r => r.Id == 1).ExecuteUpdateAsync(r => r.SetProperty(x => x.Revision, x => x.Revision + 1), cancellationToken);
            }
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConfiguratorDbContext).Assembly);
    }
}
