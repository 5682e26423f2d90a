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
    public void RankPutsNameMatchesFirstThenSummaryThenOnlyThePainAnswered()
    {
        var planner = Item("STD-LABOUR", addresses: "LABOUR:3") with { Name = "Labour Planner", Summary = "Shift plans from the forecast." };
        var onboarding = Item("SVC-ONBOARD", ItemKind.Service) with { Name = "Guided Onboarding", Summary = "Rollout with super-user training." };
        var kit = Item("TRAIN-KIT", ItemKind.Service) with { Name = "Training kit" };
        var coaching = Item("SVC-COACH", ItemKind.Service) with { Name = "Floor Coaching", Differentiators = ["On-site, not only classroom training"] };
        var voice = Item("INN-VOICE", ItemKind.Innovation, addresses: "LABOUR:2") with { Name = "Voice Picking" };
        var returns = Item("STD-RETURNS", addresses: "RETURNS:3") with { Name = "Returns Desk" };

        var ranked = ItemSearch.For("training").Rank([voice, returns, planner, Academy, onboarding, coaching, kit], _categories);

        // The kit names it; coaching's differentiators and onboarding's summary say it (tied, so by code);
        // voice picking, the planner and Academy only answer the labour category, whose description says "trained".
        Assert.Equal(["TRAIN-KIT", "SVC-COACH", "SVC-ONBOARD", "INN-VOICE", "STD-LABOUR", "SVC-ACADEMY"], ranked.Select(m => m.Item.Code));
    }

    [Fact]
    public void RankBreaksATieByWhatElseCountsThenByCode()
    {
        var planner = Item("STD-LABOUR", addresses: "LABOUR:3") with { Name = "Labour Planner" };
        var voice = Item("INN-VOICE", ItemKind.Innovation, addresses: "LABOUR:2") with { Name = "Voice Picking" };
        var vision = Item("INN-VISION", ItemKind.Innovation, addresses: "LABOUR:1") with { Name = "Camera Counting" };

        var ranked = ItemSearch.For("new hires").Rank([voice, vision, planner], _categories, item => item.Code == "STD-LABOUR" ? 2 : 0);

        Assert.Equal(["STD-LABOUR", "INN-VISION", "INN-VOICE"], ranked.Select(m => m.Item.Code));
    }

    [Fact]
    public void ACategoryTheTaxonomyNoLongerHasIsNotSearched()
    {
        var orphan = Item("ORPHAN", addresses: "GONE:3");

        Assert.Equal(0, ItemSearch.Relevance(orphan, "gone", _categories));
    }
}
