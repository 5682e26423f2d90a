using Configurator.Domain.Discovery;
using Configurator.Web.Features.Discovery;
using Microsoft.Extensions.Configuration;

namespace Configurator.Web.Tests.Discovery;

public sealed class PlaybookSettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void WithoutASectionTheDefaultsApply()
    {
        Assert.Same(Playbook.Default, PlaybookSettings.Load(Settings()));
    }

    [Fact]
    public void AConfiguredStageListsItsActionsInOrder()
    {
        var playbook = PlaybookSettings.Load(Settings(
            ("Playbook:discovery:0:Text", "Capture five pains"), ("Playbook:discovery:0:Check", "pain-points"), ("Playbook:discovery:0:Minimum", "5"),
            ("Playbook:discovery:1:Text", "Visit the site")));

        var actions = playbook.For(OpportunityStage.Discovery);

        Assert.Equal([new PlaybookAction("Capture five pains", PlaybookCheck.PainPoints, 5), new PlaybookAction("Visit the site")], actions);
        Assert.Empty(playbook.For(OpportunityStage.Proposal));
    }

    [Theory]
    [InlineData("Playbook:closing:0:Text", "x", "'closing' is not a stage")]
    [InlineData("Playbook:discovery:0:Check", "vibes", "give the action a Text")]
    public void MistakesStopTheStartWithASentenceSayingWhatToFix(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PlaybookSettings.Load(Settings((key, value))));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void AnUnknownCheckIsNamed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PlaybookSettings.Load(Settings(("Playbook:discovery:0:Text", "x"), ("Playbook:discovery:0:Check", "vibes"))));

        Assert.Contains("Check 'vibes' is unknown; use one of manual, pain-points", error.Message);
    }

    [Fact]
    public void AnActionMayGiveItsTextInChineseBesideTheEnglish()
    {
        var playbook = PlaybookSettings.Load(Settings(
            ("Playbook:discovery:0:Text", "Visit the site"), ("Playbook:discovery:0:zh-CN", " 拜访客户现场 "),
            ("Playbook:discovery:1:Text", "Meet the CFO"), ("Playbook:discovery:1:zh-cn", ""), ("Playbook:discovery:1:fr", "Rencontrer le DAF")));

        var actions = playbook.For(OpportunityStage.Discovery);

        Assert.Equal("拜访客户现场", actions[0].TextIn("zh-CN"));
        Assert.Equal("Visit the site", actions[0].Text);
        Assert.Null(actions[1].TextIn("zh-CN"));
        Assert.Empty(actions[1].Translations);
    }
}
