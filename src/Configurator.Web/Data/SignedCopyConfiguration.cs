using Configurator.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class SignedCopyConfiguration : IEntityTypeConfiguration<SignedCopy>
{
    public void Configure(EntityTypeBuilder<SignedCopy> builder)
    {
        builder.ToTable("SignedCopies");
        builder.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        // Acceptance is final: one signed copy per revision, whatever two clients do at the same moment.
        builder.HasIndex(c => new { c.ProposalId, c.RevisionNumber }).IsUnique();
        // "Verify a document" looks copies up by their hash.
        builder.HasIndex(c => c.Sha256);
        builder.Property(c => c.SignerName).HasMaxLength(SignedCopy.SignerNameMaxLength).IsRequired();
        builder.Property(c => c.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(c => c.OriginalSha256).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Pdf).IsRequired();
    }
}
