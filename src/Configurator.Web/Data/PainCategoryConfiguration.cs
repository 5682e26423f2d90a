using Configurator.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class PainCategoryConfiguration : IEntityTypeConfiguration<PainCategory>
{
    public void Configure(EntityTypeBuilder<PainCategory> builder)
    {
        builder.ToTable("PainCategories");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(CatalogueLimits.CodeMaxLength).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(CatalogueLimits.CategoryNameMaxLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(CatalogueLimits.CategoryDescriptionMaxLength);
        builder.Property(c => c.Translations).HasJsonConversion().HasDefaultValueSql("'{}'");
    }
}
