using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class ClientLinkConfiguration : IEntityTypeConfiguration<ClientLink>
{
    public void Configure(EntityTypeBuilder<ClientLink> builder)
    {
        builder.ToTable("ClientLinks");
        builder.HasOne<Proposal>().WithMany().HasForeignKey(l => l.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => new { l.ProposalId, l.RevisionNumber });
        builder.Property(l => l.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(l => l.RecipientName).HasMaxLength(200);
        builder.Property(l => l.RecipientEmail).HasMaxLength(320);
        builder.Property(l => l.Message).HasMaxLength(ClientLinkRules.MessageMaxLength);
        builder.Property(l => l.SentById).HasMaxLength(450);
        builder.Property(l => l.RevokedById).HasMaxLength(450);
    }
}

internal sealed class ClientDecisionConfiguration : IEntityTypeConfiguration<ClientDecision>
{
    public void Configure(EntityTypeBuilder<ClientDecision> builder)
    {
        builder.ToTable("ClientDecisions");
        builder.HasOne<Proposal>().WithMany().HasForeignKey(d => d.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientLink>().WithMany().HasForeignKey(d => d.ClientLinkId).OnDelete(DeleteBehavior.Restrict);
        // One answer per sent revision, whoever of its recipients gives it first: the database decides a race.
        builder.HasIndex(d => new { d.ProposalId, d.RevisionNumber }).IsUnique();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.DeclineReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.SignerName).HasMaxLength(ClientLinkRules.SignerNameMaxLength);
        builder.Property(d => d.SignerTitle).HasMaxLength(ClientLinkRules.SignerTitleMaxLength);
        builder.Property(d => d.IpAddress).HasMaxLength(64);
        builder.Property(d => d.UserAgent).HasMaxLength(512);
        builder.Property(d => d.RevisionSha256).HasMaxLength(64);
        builder.Property(d => d.Competitor).HasMaxLength(ClientLinkRules.CompetitorMaxLength);
        builder.Property(d => d.Text).HasMaxLength(ClientLinkRules.DeclineTextMaxLength);
    }
}

internal sealed class ClientQuestionConfiguration : IEntityTypeConfiguration<ClientQuestion>
{
    public void Configure(EntityTypeBuilder<ClientQuestion> builder)
    {
        builder.ToTable("ClientQuestions");
        builder.HasOne<Proposal>().WithMany().HasForeignKey(q => q.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientLink>().WithMany().HasForeignKey(q => q.ClientLinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.ClientLinkId, q.At });
        builder.Property(q => q.AuthorId).HasMaxLength(450);
        builder.Property(q => q.AuthorName).HasMaxLength(200);
        builder.Property(q => q.Text).HasMaxLength(ClientLinkRules.QuestionMaxLength);
    }
}
