using Configurator.Domain.Proposals;

namespace Configurator.Domain.Tests.Proposals;

public sealed class ContentBlockTests
{
    private static readonly DateTimeOffset _at = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WriteReportsEveryProblemAtOnceAndChangesNothing()
    {
        var block = ContentBlock.New();

        var issues = block.Write("brochure", " ", "", new string('x', ContentBlock.TitleMaxLength + 1), "", [], [], _at);

        Assert.Equal(["kind", "title", "titleZh", "text"], issues.Select(i => i.Field));
        Assert.Equal(("", 0), (block.Title, block.Version));
    }

    [Fact]
    public void FitCountsTheIndustryTwiceAndEachSharedPainCategoryOnce()
    {
        var block = ContentBlock.New();
        Assert.Empty(block.Write("reference", "Nordby", "Text", "", "", ["Food and beverage", "food AND beverage", "Logistics"], ["STOCK", "SLOW"], _at));

        Assert.Equal(["Food and beverage", "Logistics"], block.IndustryTags);
        Assert.Equal(3, block.Fit("food and beverage", ["SLOW", "SLOW", "OTHER"]));
        Assert.Equal(0, block.Fit("Chemicals", ["OTHER"]));
    }

    [Fact]
    public void ForFallsBackToTheEnglishWhereTheChineseIsEmpty()
    {
        var block = ContentBlock.New();
        Assert.Empty(block.Write("certification", "ISO 27001", "Certified since 2019.", "", "", [], [], _at));

        Assert.Equal(("ISO 27001", "Certified since 2019."), block.For("zh-CN"));
    }
}
