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
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsSelectable);

        builder.OwnsMany(i => i.Prices, price =>
        {
            price.ToTable("OfferItemPrices");
            price.WithOwner().HasForeignKey("OfferItemId");
            price.Property<int>("Id");
            price.HasKey("Id");
            price.Property(p => p.Currency).HasMaxLength(3).IsRequired();
        });
        builder.Navigation(i => i.Prices).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(i => i.Addresses, address =>
        {
            address.ToTable("OfferItemCategories");
            address.WithOwner().HasForeignKey("OfferItemId");
            address.Property<int>("Id");
            address.HasKey("Id");
            address.Property(a => a.Category).HasMaxLength(CatalogueLimits.CodeMaxLength).IsRequired();
            address.HasIndex(a => a.Category);
        });
        builder.Navigation(i => i.Addresses).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.PrimitiveCollection(i => i.Requires).HasField("_requires").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.Excludes).HasField("_excludes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.Differentiators).HasField("_differentiators").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
