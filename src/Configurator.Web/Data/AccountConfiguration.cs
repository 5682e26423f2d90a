using Configurator.Domain.Discovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        builder.Property(a => a.Name).HasMaxLength(DiscoveryLimits.NameMaxLength).IsRequired();
        builder.Property(a => a.Industry).HasMaxLength(DiscoveryLimits.ShortTextMaxLength);
        builder.Property(a => a.Region).HasMaxLength(DiscoveryLimits.ShortTextMaxLength);
        builder.Property(a => a.Size).HasMaxLength(DiscoveryLimits.ShortTextMaxLength);
        builder.Property(a => a.OwnerId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Notes).HasMaxLength(DiscoveryLimits.NotesMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => a.OwnerId);
    }
}
