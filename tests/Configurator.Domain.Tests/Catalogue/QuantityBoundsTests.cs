using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class QuantityBoundsTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 100, 5)]
    [InlineData(10, 10, 10)]
    [InlineData(1, CatalogueLimits.MaxQuantity, CatalogueLimits.MaxQuantity)]
    public void MinDefaultAndMaxInOrderAreBounds(int min, int max, int @default)
    {
        Assert.True(QuantityBounds.TryFrom(min, max, @default, out var bounds, out var problems));
        Assert.Empty(problems);
        Assert.Equal((min, max, @default), (bounds!.Min, bounds.Max, bounds.Default));
        Assert.True(bounds.Allows(min) && bounds.Allows(max) && !bounds.Allows(min - 1) && !bounds.Allows(max + 1));
    }

    [Theory]
    [InlineData(0, 10, 1, "min")]
    [InlineData(-1, 10, 1, "min")]
    [InlineData(1, 0, 1, "max")]
    [InlineData(1, CatalogueLimits.MaxQuantity + 1, 1, "max")]
    [InlineData(5, 10, 20, "default")]
    [InlineData(5, 10, 4, "default")]
    [InlineData(10, 5, 7, "default")]
    public void BoundsOutOfOrderOrRangeAreRefusedNamingTheField(int min, int max, int @default, string field)
    {
        Assert.False(QuantityBounds.TryFrom(min, max, @default, out var bounds, out var problems));
        Assert.Null(bounds);
        Assert.Equal(field, Assert.Single(problems).Path);
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuantityBounds(min, max, @default));
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        QuantityBounds.TryFrom(0, 0, 0, out _, out var problems);

        Assert.Equal(["min", "max"], problems.Select(p => p.Path));
    }
}
