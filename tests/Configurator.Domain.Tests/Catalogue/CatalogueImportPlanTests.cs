using Configurator.Domain.Catalogue;
using static Configurator.Domain.Tests.Catalogue.CatalogueFiles;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class CatalogueImportPlanTests
{
    [Fact]
    public void SortsItemsIntoCreatedUpdatedAndUnchanged()
    {
        var existing = Validation().Validate(File(Item("SAME"), Item("CHANGED")), [], []);
        var incoming = Validation().Validate(
            File(Item("SAME"), Item("CHANGED") with { Name = "New name" }, Item("NEW")),
            existing.Items, existing.Categories);

        var plan = CatalogueImportPlan.For(incoming, existing.Items, existing.Categories);

        Assert.Equal(["NEW"], plan.CreatedItems.Select(i => i.Code));
        var (spec, changes) = Assert.Single(plan.UpdatedItems);
        Assert.Equal("CHANGED", spec.Code);
        Assert.Equal(new FieldChange("Name", "Name of CHANGED", "New name"), Assert.Single(changes));
        Assert.Equal(["SAME"], plan.UnchangedItems);
        Assert.Equal(2, plan.Unchanged - plan.UnchangedItems.Count);
    }

    [Fact]
    public void ExportThenImportChangesNothing()
    {
        var first = Validation().Validate(File(Item("A"), Item("B", "service", "A")), [], []);

        var exported = CatalogueFileWriter.From(first.Categories, first.Items);
        var again = Validation().Validate(exported, first.Items, first.Categories);
        var plan = CatalogueImportPlan.For(again, first.Items, first.Categories);

        Assert.True(again.IsValid);
        Assert.Equal(0, plan.Created + plan.Updated);
        Assert.Equal(4, plan.Unchanged);
    }
}
