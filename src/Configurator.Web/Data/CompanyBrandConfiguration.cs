using Configurator.Domain.Branding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class CompanyBrandConfiguration : IEntityTypeConfiguration<CompanyBrand>
{
    public void Configure(EntityTypeBuilder<CompanyBrand> builder)
    {
        builder.ToTable("Brand");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Name).HasMaxLength(CompanyBrand.MaxNameLength).IsRequired();
        builder.Property(b => b.PrimaryColour).HasMaxLength(7).IsRequired();
        builder.Property(b => b.Address).HasMaxLength(CompanyBrand.MaxAddressLength);
        builder.Property(b => b.LegalFooter).HasMaxLength(CompanyBrand.MaxLegalFooterLength);
        builder.Property(b => b.LogoContentType).HasMaxLength(40);
        builder.Property(b => b.ChangedById).HasMaxLength(450);
        builder.Property(b => b.Version).IsConcurrencyToken();
    }
}
