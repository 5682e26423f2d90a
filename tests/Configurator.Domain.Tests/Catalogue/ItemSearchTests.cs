using Configurator.Domain.Catalogue;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class ItemSearchTests
{
    private static readonly Dictionary<string, PainCategorySpec> _categories = new()
    {
        ["LABOUR"] = new("LABOUR", "Labour shortage", "Too few trained people; new hires take weeks to reach full speed."),
        ["RETURNS"] = new("RETURNS", "Costly returns handling", "Returned goods sit unsorted for days."),
    };

    private static OfferItemSpec Academy => Item("SVC-ACADEMY", ItemKind.Service, addresses: "LABOUR:2") with
    {
        Name = "Academy Seats",
        Summary = "Role-based online and classroom courses with certification for staff.",
        Differentiators = ["Courses in the client's own warehouse"],
    };

    [Theory]
    [InlineData("academy")]
    [InlineData("SVC-ACAD")]
    [InlineData("certification")]
    [InlineData("classroom courses")]
    [InlineData("own warehouse")]
    [InlineData("training")]
    [InlineData("new hires")]
    public void FindsAnItemByCodeNameSummaryDifferentiatorsAndThePainItAnswers(string query) =>
        Assert.True(ItemSearch.Relevance(Academy, query, _categories) > 0);

    [Theory]
    [InlineData("returns")]
    [InlineData("training returns")]
    [InlineData("")]
    [InlineData("  ,; ")]
    public void EveryWordMustBeFoundSomewhere(string query) =>
        Assert.Equal(0, ItemSearch.Relevance(Academy, query, _categories));

    [Fact]
    public void AMatchOnTheNameRanksAboveAMatchOnThePainAnswered()
    {
        var named = Item("TRAIN-KIT", ItemKind.Service) with { Name = "Training kit" };

        Assert.True(ItemSearch.Relevance(named, "training", _categories) > ItemSearch.Relevance(Academy, "training", _categories));
    }

    [Fact]
    public void ACategoryTheTaxonomyNoLongerHasIsNotSearched()
    {
        var orphan = Item("ORPHAN", addresses: "GONE:3");

        Assert.Equal(0, ItemSearch.Relevance(orphan, "gone", _categories));
    }
}
