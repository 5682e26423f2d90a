using System.Text.Json;
using Configurator.Domain.Branding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
        builder.Property(b => b.Translations).HasConversion(
                translations => JsonSerializer.Serialize(translations, (JsonSerializerOptions?)null),
                json => ReadTranslations(json),
                new ValueComparer<IReadOnlyDictionary<string, BrandTexts>>(
                    (a, b) => a!.Count == b!.Count && a.All(pair => b.ContainsKey(pair.Key) && b[pair.Key] == pair.Value),
                    translations => translations.Count,
                    translations => translations.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal)))
            .IsRequired();
        builder.Property(b => b.LogoContentType).HasMaxLength(40);
        builder.Property(b => b.ChangedById).HasMaxLength(450);
        builder.Property(b => b.Version).IsConcurrencyToken();
    }

    // A row from before translations has an empty column: no translations.
    private static IReadOnlyDictionary<string, BrandTexts> ReadTranslations(string json) =>
        string.IsNullOrWhiteSpace(json)
            ? new Dictionary<string, BrandTexts>(StringComparer.Ordinal)
            : new Dictionary<string, BrandTexts>(JsonSerializer.Deserialize<Dictionary<string, BrandTexts>>(json) ?? [], StringComparer.Ordinal);
}
