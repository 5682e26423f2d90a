using Configurator.Domain.Discovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Name).HasMaxLength(DiscoveryLimits.NameMaxLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(DiscoveryLimits.ShortTextMaxLength);
        builder.Property(p => p.Email).HasMaxLength(DiscoveryLimits.EmailMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(DiscoveryLimits.PhoneMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.AccountId);
    }
}
