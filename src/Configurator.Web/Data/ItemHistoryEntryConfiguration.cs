using System.Text.Json;
using Configurator.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
        builder.Property(e => e.By).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(40).IsRequired();
        // The changed fields are read only as a whole, so they are kept as one JSON text.
        builder.Property(e => e.Changes)
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, JsonSerializerOptions.Default) ?? new List<FieldChange>(),
                new ValueComparer<IReadOnlyList<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    c => c.Aggregate(0, (hash, change) => HashCode.Combine(hash, change.GetHashCode())),
                    c => c.ToList()));
    }
}
