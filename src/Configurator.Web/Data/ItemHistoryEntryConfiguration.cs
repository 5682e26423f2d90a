using Configurator.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class ItemHistoryEntryConfiguration : IEntityTypeConfiguration<ItemHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ItemHistoryEntry> builder)
    {
        builder.ToTable("OfferItemHistory");
        builder.HasKey(e => e.Id);
        builder.HasOne(e => e.Item).WithMany().HasForeignKey(e => e.OfferItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.OfferItemId);
        builder.Property(e => e.ActorId).HasMaxLength(450).IsRequired();
        // "Category {code} merged into {code}" with two codes at their longest.
        builder.Property(e => e.Action).HasMaxLength(120).IsRequired();
        // The changed fields are read only as a whole, so they are kept as one JSON text.
        builder.Property(e => e.Changes).HasJsonConversion();
    }
}
