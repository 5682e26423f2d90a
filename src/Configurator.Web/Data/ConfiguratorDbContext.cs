using Configurator.Domain.Catalogue;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Data;

/// <summary>
/// The application's unit of work. Features use this type; each database provider derives its own
/// context only so that it can keep its own migration set.
/// </summary>
public abstract class ConfiguratorDbContext(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<OfferItem> OfferItems => Set<OfferItem>();

    public DbSet<PainCategory> PainCategories => Set<PainCategory>();

    public DbSet<ItemHistoryEntry> ItemHistory => Set<ItemHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConfiguratorDbContext).Assembly);
    }
}
