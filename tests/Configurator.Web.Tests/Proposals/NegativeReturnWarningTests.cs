using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Proposals;

/// <summary>The builder warns, with what to do, when the option the document leads with loses money on conservative assumptions.</summary>
public sealed class NegativeReturnWarningTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ADealWhosePainsCostLessThanTheSolutionWarnsPresalesWithWhatToDo()
    {
        var (_, losing) = await app.ApprovedProposalAsync("Small Pains Oy", "Small", "en",
            [new { title = "Counts drift a little", category = "STOCK-ERRORS", severity = 3, annualImpact = 1_000m }]);
        var (_, winning) = await app.ApprovedProposalAsync("Big Pains Oy", "Big", "en",
            [new { title = "Counts drift a lot", category = "STOCK-ERRORS", severity = 5, annualImpact = 5_000_000m }]);
        var presales = await app.SignInAsync("presales@demo.local");

        var warned = Html.Parse(await presales.GetPageAsync($"/proposals/{losing}"));
        var quiet = Html.Parse(await presales.GetPageAsync($"/proposals/{winning}"));

        var warning = warned.One("#negative-return").TextContent;
        Assert.Matches(@"On conservative assumptions this option returns [-−]\d", warning);
        Assert.Contains("record the costs they confirm", warning);
        Assert.Empty(quiet.QuerySelectorAll("#negative-return"));
    }
}
