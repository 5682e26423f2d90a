using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Tests.Engine;

/// <summary>The business quantities the engine reads keep their own bounds, so the engine never clamps them.</summary>
public sealed class CheckedValueTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void ACategoryStrengthIsOneToThree(int strength)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CategoryStrength("SLOW", strength));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CategoryStrength("SLOW", 2) with { Strength = strength });
        Assert.False(CategoryStrength.IsValid(strength));
    }

    [Fact]
    public void AValidStrengthIsKept()
    {
        Assert.Equal(3, (new CategoryStrength("SLOW", 1) with { Strength = 3 }).Strength);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(6, null)]
    [InlineData(3, -1)]
    public void APainHasASeverityOfOneToFiveAndNoNegativeImpact(int severity, int? impact)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClientPain(1, "Pain", "SLOW", severity, impact));
    }

    [Fact]
    public void TheWeightOfAPainIsItsSeverityUpToDoubledByItsImpact()
    {
        Assert.Equal(4d, Recommender.Weight(new ClientPain(1, "Pain", "SLOW", 4, null), 100m));
        Assert.Equal(6d, Recommender.Weight(new ClientPain(1, "Pain", "SLOW", 4, 50m), 100m));
        Assert.Equal(8d, Recommender.Weight(new ClientPain(1, "Pain", "SLOW", 4, 100m), 100m));
    }
}
