using Configurator.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(UserLimits.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.Email).HasMaxLength(UserLimits.EmailMaxLength);
        builder.Property(u => u.Language).HasMaxLength(16);
    }
}
