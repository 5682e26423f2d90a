using Configurator.Domain.Discovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.ToTable("Stakeholders");
        builder.Property(s => s.Name).HasMaxLength(DiscoveryLimits.NameMaxLength).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(DiscoveryLimits.ShortTextMaxLength);
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Stance).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Notes).HasMaxLength(DiscoveryLimits.NotesMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(s => s.CaresAbout).HasField("_caresAbout").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
