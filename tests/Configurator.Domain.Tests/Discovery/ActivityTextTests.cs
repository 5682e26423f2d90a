using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class ActivityTextTests
{
    [Fact]
    public void EnglishFillsThePatternFromItsParts()
    {
        var text = ActivityText.Of("Set the next step of {0}, due {1}: {2}", ActivityPart.Name("Cold store"), ActivityPart.Date(new DateOnly(2031, 5, 1)), ActivityPart.Name("Visit"));

        Assert.Equal("Set the next step of Cold store, due 1 May 2031: Visit", text.English());
    }

    [Theory]
    [InlineData(1, "1 pain point")]
    [InlineData(0, "0 pain points")]
    [InlineData(3, "3 pain points")]
    public void ACountTakesItsSingularOnlyForOne(int count, string expected) =>
        Assert.Equal(expected, ActivityPart.Count(count, "{0} pain point", "{0} pain points").English());

    [Fact]
    public void PartsSayWhatTheyAreInEnglish()
    {
        Assert.Equal("a former user", ActivityPart.Person(null).English());
        Assert.Equal("supporter", ActivityPart.LowerTerm("Supporter").English());
        Assert.Equal("EUR 45,000", ActivityPart.Money(45000m, "EUR").English());
        Assert.Equal("unknown", ActivityPart.Money(null, "EUR").English());
        Assert.Equal("Identify the economic buyer; Build a proposal", ActivityPart.PlaybookActions([new("Identify the economic buyer"), new("Build a proposal")]).English());
    }

    [Fact]
    public void AnEntryKeepsItsWordsBesideTheEnglishSentence()
    {
        var entry = ActivityEntry.Record(1, 2, ActivityKind.PainPointChanged, ActivityText.Of("Changed pain point “{0}”", ActivityPart.Name("Stock")), "u1", DateTimeOffset.UnixEpoch,
            [ActivityText.Of("severity {0} → {1}", ActivityPart.Number(3), ActivityPart.Number(4)), ActivityText.Of("client's words")]);

        Assert.Equal("Changed pain point “Stock”", entry.Summary);
        Assert.Equal("severity 3 → 4; client's words", entry.Detail);
        Assert.Equal("severity {0} → {1}", entry.Words!.Detail[0].Pattern);
    }
}
