using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class TwoFactorRoleConfiguration : IEntityTypeConfiguration<TwoFactorRole>
{
    public void Configure(EntityTypeBuilder<TwoFactorRole> builder)
    {
        builder.ToTable("TwoFactorRoles");
        builder.HasKey(r => r.Role);
        builder.Property(r => r.Role).HasMaxLength(64);
        builder.Property(r => r.RequiredBy).HasMaxLength(450);
    }
}
