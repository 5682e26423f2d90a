using Configurator.Domain.Discovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.ToTable("Stakeholders");
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        // Who someone is comes with their part in a deal wherever a decision chain is read.
        builder.Navigation(s => s.Person).AutoInclude();
        builder.HasIndex(s => new { s.OpportunityId, s.PersonId }).IsUnique();
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Stance).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Notes).HasMaxLength(DiscoveryLimits.NotesMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(s => s.CaresAbout).HasField("_caresAbout").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
