using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class CatalogueRevisionConfiguration : IEntityTypeConfiguration<CatalogueRevision>
{
    public void Configure(EntityTypeBuilder<CatalogueRevision> builder)
    {
        builder.ToTable("CatalogueRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasData(new CatalogueRevision { Id = 1, Revision = 0 });
    }
}
