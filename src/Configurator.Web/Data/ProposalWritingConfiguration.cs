using Configurator.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class ProposalSectionConfiguration : IEntityTypeConfiguration<ProposalSection>
{
    public void Configure(EntityTypeBuilder<ProposalSection> builder)
    {
        builder.ToTable("ProposalSections");
        builder.HasIndex(s => new { s.ProposalId, s.Kind }).IsUnique();
        builder.Property(s => s.Kind).HasMaxLength(20);
        builder.Property(s => s.Text).HasMaxLength(ProposalSectionKind.All.Max(k => k.MaxLength));
    }
}

internal sealed class StandardTermsConfiguration : IEntityTypeConfiguration<StandardTerms>
{
    public void Configure(EntityTypeBuilder<StandardTerms> builder)
    {
        builder.ToTable("StandardTerms");
        builder.HasKey(t => t.Language);
        builder.Property(t => t.Language).HasMaxLength(10);
        builder.Property(t => t.Text).HasMaxLength(ProposalSectionKind.Terms.MaxLength);
        builder.Property(t => t.ChangedById).HasMaxLength(450);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class ContentBlockConfiguration : IEntityTypeConfiguration<ContentBlock>
{
    public void Configure(EntityTypeBuilder<ContentBlock> builder)
    {
        builder.ToTable("ContentBlocks");
        builder.Property(b => b.Kind).HasMaxLength(20);
        builder.Property(b => b.Title).HasMaxLength(ContentBlock.TitleMaxLength);
        builder.Property(b => b.TitleZh).HasMaxLength(ContentBlock.TitleMaxLength);
        builder.Property(b => b.Text).HasMaxLength(ContentBlock.TextMaxLength);
        builder.Property(b => b.TextZh).HasMaxLength(ContentBlock.TextMaxLength);
        builder.Property(b => b.Industries).HasMaxLength(ContentBlock.TagsMaxLength);
        builder.Property(b => b.Categories).HasMaxLength(ContentBlock.TagsMaxLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.IndustryTags);
        builder.Ignore(b => b.CategoryTags);
    }
}
