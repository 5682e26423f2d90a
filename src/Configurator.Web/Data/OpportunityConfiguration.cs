using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ToTable("Opportunities");
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Name).HasMaxLength(DiscoveryLimits.NameMaxLength).IsRequired();
        builder.Property(o => o.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Currency).HasConversion(c => c.Code, code => CurrencyCode.From(code)).HasMaxLength(3).IsRequired();
        builder.Property(o => o.OwnerId).HasMaxLength(450).IsRequired();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.NextStepText).HasMaxLength(DiscoveryLimits.NextStepMaxLength).IsRequired();
        builder.Ignore(o => o.NextStep);
        builder.PrimitiveCollection(o => o.Competitors).HasField("_competitors").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.PainPoints).WithOne(p => p.Opportunity).HasForeignKey(p => p.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.PainPoints).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.Stakeholders).WithOne(s => s.Opportunity).HasForeignKey(s => s.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Stakeholders).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(o => o.OwnerId);
        builder.HasIndex(o => o.ExpectedClose);
    }
}
