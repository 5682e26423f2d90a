using Configurator.Domain.Proposals;

namespace Configurator.Domain.Tests.Proposals;

public sealed class RevisionComparisonTests
{
    private static ComparedLine Line(string code, int quantity = 1, decimal price = 100m, string option = "A") => new(option, code, $"Item {code}", quantity, price, price * quantity);

    [Fact]
    public void LinesAddedRemovedRepricedAndRequantifiedAreNamedAndTotalsShownBeforeAndAfter()
    {
        var before = new[] { Line("KEEP"), Line("GONE"), Line("PRICE"), Line("QTY", 2), Line("KEEP", option: "B") };
        var after = new[] { Line("KEEP"), Line("PRICE", price: 90m), Line("QTY", 3), Line("NEW"), Line("KEEP", option: "B") };

        var comparison = RevisionComparison.Between(before, after,
            new Dictionary<string, (decimal, decimal)> { ["A"] = (500m, 0m), ["B"] = (100m, 0m) },
            new Dictionary<string, (decimal, decimal)> { ["A"] = (590m, 2m), ["C"] = (10m, 0m) });

        Assert.Equal(
            [(LineChange.Removed, "GONE"), (LineChange.Repriced, "PRICE"), (LineChange.Requantified, "QTY"), (LineChange.Added, "NEW")],
            comparison.Lines.Select(d => (d.Change, (d.After ?? d.Before)!.ItemCode)));
        Assert.Equal([new ComparedTotals("A", 500m, 590m, 0m, 2m), new ComparedTotals("B", 100m, null, 0m, null), new ComparedTotals("C", null, 10m, null, 0m)], comparison.Totals);
    }
}
