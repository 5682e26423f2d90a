using Configurator.Domain.Catalogue;
using static Configurator.Domain.Tests.Catalogue.CatalogueFiles;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class OfferItemTests
{
    private static OfferItemSpec Spec(CatalogueFileItem item) => Validation().Validate(File(item), [], []).Items.Single();

    [Fact]
    public void UpdateSaysWhatChangedAndMovesTheVersionOn()
    {
        var item = OfferItem.Create(Spec(Item("A")));

        var changes = item.Update(Spec(Item("A") with { Status = "retired", Summary = "Old" }));

        Assert.Equal(["Summary", "Status"], changes.Select(c => c.Field));
        Assert.Equal(2, item.Version);
        Assert.False(item.IsSelectable);
    }

    [Fact]
    public void AnUnchangedSpecChangesNothing()
    {
        var item = OfferItem.Create(Spec(Item("A")));

        Assert.Empty(item.Update(Spec(Item("A"))));
        Assert.Equal(1, item.Version);
    }

    [Fact]
    public void MovingACategoryKeepsTheStrongerStrength()
    {
        var item = OfferItem.Create(Spec(Item("A") with { Addresses = [new("SLOW", 1), new("STOCK", 3)] }));

        Assert.True(item.MoveCategory("STOCK", "SLOW"));

        Assert.Equal(new CategoryStrength("SLOW", 3), Assert.Single(item.Addresses));
    }
}
