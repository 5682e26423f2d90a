using System.Collections.Concurrent;
using System.Text.Json;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.HasOne<Domain.Discovery.Opportunity>().WithMany().HasForeignKey(p => p.OpportunityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Title).HasMaxLength(ProposalTerms.TitleMaxLength).IsRequired();
        builder.Property(p => p.Language).HasMaxLength(10);
        builder.Property(p => p.Currency).HasConversion(c => c.Code, code => CurrencyCode.From(code)).HasMaxLength(3);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CreatedBy).HasMaxLength(450);
        builder.Property(p => p.LastChangedBy).HasMaxLength(450);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Options).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.PainNotes).WithOne().HasForeignKey(n => n.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.PainNotes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Sections).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => p.OpportunityId);
        builder.HasIndex(p => p.Status);
        builder.Ignore(p => p.OptionsInOrder);
        builder.Ignore(p => p.LastSubmission);
    }
}

internal sealed class ProposalOptionConfiguration : IEntityTypeConfiguration<ProposalOption>
{
    public void Configure(EntityTypeBuilder<ProposalOption> builder)
    {
        builder.ToTable("ProposalOptions");
        builder.Property(o => o.Name).HasMaxLength(ProposalTerms.OptionNameMaxLength);
        builder.Property(o => o.Explanation).HasMaxLength(1_000);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OptionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProposalLineConfiguration : IEntityTypeConfiguration<ProposalLine>
{
    private const int ParsedSnapshotsKept = 20_000;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.General) { Converters = { new PercentageJsonConverter() } };

    // Every builder change loads every line of the proposal; a snapshot never changes once written, so
    // the same text is parsed once and the immutable record shared (the change tracker compares by reference).
    private static readonly ConcurrentDictionary<string, ItemSnapshot> _parsed = new(StringComparer.Ordinal);

    private static ItemSnapshot Parse(string json)
    {
        if (_parsed.TryGetValue(json, out var snapshot))
        {
            return snapshot;
        }
        snapshot = JsonSerializer.Deserialize<ItemSnapshot>(json, _json)!;
        if (_parsed.Count >= ParsedSnapshotsKept)
        {
            _parsed.Clear();
        }
        _parsed[json] = snapshot;
        return snapshot;
    }

    public void Configure(EntityTypeBuilder<ProposalLine> builder)
    {
        builder.ToTable("ProposalLines");
        // The item as it was when added: a snapshot, never a reference to the live catalogue.
        builder.Property(l => l.Item).HasConversion(
            item => JsonSerializer.Serialize(item, _json),
            json => Parse(json),
            new ValueComparer<ItemSnapshot>((a, b) => ReferenceEquals(a, b), item => item.Code.GetHashCode(StringComparison.Ordinal), item => item))
            .HasColumnName("ItemSnapshot").IsRequired();
        builder.Property(l => l.ItemCode).HasMaxLength(CatalogueLimits.CodeMaxLength);
        builder.Property(l => l.ItemKind).HasConversion<string>().HasMaxLength(20);
        // Reports read only these columns of a line; covering indexes spare them the snapshot JSON (about 1 KB a line).
        builder.HasIndex(l => new { l.ItemKind, l.ItemCode, l.OptionId });
        builder.HasIndex(l => new { l.ItemCode, l.OptionId });
        builder.Property(l => l.DiscountPercent).HasConversion(d => d.Value, value => Percentage.From(value));
        builder.Property(l => l.Reason).HasMaxLength(2_000);
        builder.Property(l => l.Note).HasMaxLength(ProposalTerms.NoteMaxLength);
        builder.Property(l => l.Improvements).HasField("_improvements").UsePropertyAccessMode(PropertyAccessMode.Field).HasJsonConversion().HasDefaultValueSql("'[]'");
    }
}

internal sealed class ProposalPainNoteConfiguration : IEntityTypeConfiguration<ProposalPainNote>
{
    public void Configure(EntityTypeBuilder<ProposalPainNote> builder)
    {
        builder.ToTable("ProposalPainNotes");
        builder.HasIndex(n => new { n.ProposalId, n.PainPointId }).IsUnique();
        builder.Property(n => n.Text).HasMaxLength(ProposalTerms.NoteMaxLength);
    }
}

internal sealed class ProposalEventConfiguration : IEntityTypeConfiguration<ProposalEvent>
{
    public void Configure(EntityTypeBuilder<ProposalEvent> builder)
    {
        builder.ToTable("ProposalEvents");
        builder.Property(e => e.Action).HasMaxLength(20);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.Comment).HasMaxLength(ProposalTerms.CommentMaxLength);
    }
}

internal sealed class ProposalRevisionConfiguration : IEntityTypeConfiguration<ProposalRevision>
{
    public void Configure(EntityTypeBuilder<ProposalRevision> builder)
    {
        builder.ToTable("ProposalRevisions");
        builder.HasOne<Proposal>().WithMany().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProposalId, r.Number }).IsUnique();
        builder.Property(r => r.IssuedById).HasMaxLength(450);
        builder.Property(r => r.IssuedByName).HasMaxLength(256);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasIndex(r => r.Sha256);
        builder.Property(r => r.RecommendedOption).HasMaxLength(ProposalTerms.OptionNameMaxLength);
    }
}
