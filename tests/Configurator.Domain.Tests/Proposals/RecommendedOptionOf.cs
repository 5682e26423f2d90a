using Configurator.Domain.Proposals;

namespace Configurator.Domain.Tests.Proposals;

public sealed class RecommendedOptionOf
{
    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "A")]
    [InlineData(2, "A")]
    [InlineData(3, "B")]
    [InlineData(4, "B")]
    public void IsTheSecondOfThreeOrMoreElseTheFirst(int count, string? expected)
    {
        var options = new[] { "A", "B", "C", "D" }.Take(count).ToList();

        Assert.Equal(expected, RecommendedOption.Of(options));
    }
}
