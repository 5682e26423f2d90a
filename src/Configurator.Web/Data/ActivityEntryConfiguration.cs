using System.Text.Json;
using System.Text.Json.Serialization;
using Configurator.Domain.Discovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Configurator.Web.Data;

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    // Part kinds by name, so a stored entry reads back the same when kinds are added.
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.General) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<ActivityEntry> builder)
    {
        builder.ToTable("Activity");
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.ActorId).HasMaxLength(450);
        builder.Property(a => a.Summary).HasMaxLength(DiscoveryLimits.ActivitySummaryMaxLength);
        builder.Property(a => a.Detail).HasMaxLength(DiscoveryLimits.ActivityDetailMaxLength);
        builder.Property(a => a.Words).HasConversion(
            words => JsonSerializer.Serialize(words, _json),
            json => JsonSerializer.Deserialize<ActivityWords>(json, _json));
        builder.HasIndex(a => new { a.AccountId, a.Id });
        builder.HasIndex(a => a.OpportunityId);
    }
}
