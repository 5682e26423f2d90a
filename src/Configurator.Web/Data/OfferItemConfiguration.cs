using Configurator.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class OfferItemConfiguration : IEntityTypeConfiguration<OfferItem>
{
    public void Configure(EntityTypeBuilder<OfferItem> builder)
    {
        builder.ToTable("OfferItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).HasMaxLength(CatalogueLimits.CodeMaxLength).IsRequired();
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Model).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Name).HasMaxLength(CatalogueLimits.NameMaxLength).IsRequired();
        builder.Property(i => i.Summary).HasMaxLength(CatalogueLimits.SummaryMaxLength);
        builder.Property(i => i.ProposalText).HasMaxLength(CatalogueLimits.ProposalTextMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(CatalogueLimits.UnitMaxLength);
        builder.Property(i => i.MaxDiscountPercent).HasConversion(d => d.Value, value => Percentage.From(value));
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsSelectable);

        // Prices and addressed categories are read and written with their item, never on their own.
        builder.Property(i => i.Prices).HasField("_prices").UsePropertyAccessMode(PropertyAccessMode.Field).HasJsonConversion();
        builder.Property(i => i.Addresses).HasField("_addresses").UsePropertyAccessMode(PropertyAccessMode.Field).HasJsonConversion();
        builder.Property(i => i.Translations).HasJsonConversion().HasDefaultValueSql("'{}'");

        builder.PrimitiveCollection(i => i.Requires).HasField("_requires").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.Excludes).HasField("_excludes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.Differentiators).HasField("_differentiators").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
