using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class ChoiceListTests
{
    private static readonly ChoiceList _closed = new(["Nordics", "DACH"], AllowsOther: false);

    [Fact]
    public void AClosedListAcceptsItsValuesInAnyCaseAndNothingElse()
    {
        Assert.True(_closed.Accepts("nordics"));
        Assert.True(_closed.Accepts(" "));
        Assert.False(_closed.Accepts("Mars"));
        Assert.Equal("Nordics", _closed.Canonical(" nordics "));
    }

    [Fact]
    public void AnOpenListAcceptsOtherValuesAsTyped()
    {
        var open = _closed with { AllowsOther = true };
        Assert.True(open.Accepts("Mars"));
        Assert.Equal("Mars", open.Canonical(" Mars"));
    }

    [Fact]
    public void KeepingASavedValueAcceptsItTooWithoutRepeatingOne()
    {
        var kept = _closed.Keeping("Benelux", "DACH", "");
        Assert.True(kept.Accepts("Benelux"));
        Assert.Equal(["Nordics", "DACH", "Benelux"], kept.Values);
    }

    [Fact]
    public void AccountValidationNamesTheListWhenAValueIsNotInIt()
    {
        var choices = new AccountChoices(new ChoiceList(["Retail"], AllowsOther: true), _closed);
        var issues = DiscoveryValidation.Account(new AccountDetails("Nordby", "Space mining", "Mars", null, null), choices);
        var region = Assert.Single(issues);
        Assert.Equal("region", region.Field);
        Assert.Equal("Choose one of the regions: Nordics, DACH.", region.Message);
    }
}
