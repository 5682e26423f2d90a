using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class PainPointConfiguration : IEntityTypeConfiguration<PainPoint>
{
    public void Configure(EntityTypeBuilder<PainPoint> builder)
    {
        builder.ToTable("PainPoints");
        builder.Property(p => p.Title).HasMaxLength(DiscoveryLimits.TitleMaxLength).IsRequired();
        builder.Property(p => p.Category).HasMaxLength(CatalogueLimits.CodeMaxLength).IsRequired();
        builder.Property(p => p.ClientWords).HasMaxLength(DiscoveryLimits.ClientWordsMaxLength);
        builder.Property(p => p.CapturedById).HasMaxLength(450);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.RaisedBy).WithMany().HasForeignKey(p => p.RaisedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.Category);
        // One pain point per place in a deal's order, even when two people add at the same moment.
        builder.HasIndex(p => new { p.OpportunityId, p.Priority }).IsUnique();
        builder.Property(p => p.BaselineConfirmedBy).HasMaxLength(DiscoveryLimits.NameMaxLength);
        builder.Property(p => p.BaselineConfirmedByTitle).HasMaxLength(DiscoveryLimits.ShortTextMaxLength);
        builder.Ignore(p => p.Baseline);
        builder.Ignore(p => p.AnnualCost);
    }
}
