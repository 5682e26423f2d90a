using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class DiscoveryValidationTests
{
    private static readonly HashSet<string> _categories = ["COMPLIANCE", "SLOW-FULFIL", "STOCK-ERRORS"];

    [Fact]
    public void AnAccountReportsEveryProblemUnderItsField()
    {
        var issues = DiscoveryValidation.Account(new AccountDetails(" ", new string('x', 101), null, null, null));

        Assert.Equal(["name", "industry"], issues.Select(i => i.Field));
        Assert.Equal("Give the account's name.", issues[0].Message);
        Assert.Equal("At most 100 characters; this has 101.", issues[1].Message);
    }

    [Fact]
    public void APainPointNeedsATitleAKnownCategoryASeverityAndNoNegativeImpact()
    {
        var issues = DiscoveryValidation.PainPoint(new PainPointDetails("", "NO-SUCH", null, 9, -5m), _categories);

        Assert.Equal(["title", "category", "severity", "annualImpact"], issues.Select(i => i.Field));
        Assert.Contains("COMPLIANCE, SLOW-FULFIL, STOCK-ERRORS", issues[1].Message);
        Assert.Empty(DiscoveryValidation.PainPoint(new PainPointDetails("Trucks wait", "SLOW-FULFIL", "", 3, null), _categories));
    }

    [Fact]
    public void AStakeholderNeedsANameAndAKnownRoleStanceAndInfluence()
    {
        var issues = DiscoveryValidation.Stakeholder(new StakeholderDetails(null, null, "wizard", "grumpy", 6, null));

        Assert.Equal(["name", "role", "stance", "influence"], issues.Select(i => i.Field));
        Assert.Empty(DiscoveryValidation.Stakeholder(new StakeholderDetails("Ana", null, "economic-buyer", null, null, null)));
    }

    [Theory]
    [InlineData("ana.berg@client.example", "+49 30 1234 5678")]
    [InlineData(" Ana.Berg@Client.Example ", "(030) 1234-5678")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void AnEmailAndAPhoneAreOptionalAndTakenAsPeopleWriteThem(string? email, string? phone)
    {
        Assert.Empty(DiscoveryValidation.Stakeholder(new StakeholderDetails("Ana", null, "user", null, null, null, email, phone)));
    }

    [Theory]
    [InlineData("ana.berg", "email")]
    [InlineData("ana@berg", "email")]
    [InlineData("ana berg@client.example", "email")]
    [InlineData("ana@@client.example", "email")]
    [InlineData("@client.example", "email")]
    [InlineData("ana@client.", "email")]
    public void AnEmailThatCannotBeWrittenToIsRefused(string email, string field)
    {
        var issue = Assert.Single(DiscoveryValidation.Stakeholder(new StakeholderDetails("Ana", null, "user", null, null, null, email, null)));

        Assert.Equal(field, issue.Field);
        Assert.Equal("Write the e-mail address in full, like anna.berg@client.com.", issue.Message);
    }

    [Theory]
    [InlineData("call reception")]
    [InlineData("1234")]
    [InlineData("+49 30 1234 5678 ext. 12")]
    [InlineData("49+ 30 1234 5678")]
    [InlineData("123456789012345678901")]
    public void APhoneThatCannotBeDialledIsRefused(string phone)
    {
        var issue = Assert.Single(DiscoveryValidation.Stakeholder(new StakeholderDetails("Ana", null, "user", null, null, null, null, phone)));

        Assert.Equal("phone", issue.Field);
    }

    [Fact]
    public void JoiningADealWithAKnownPersonChecksOnlyThePartInTheDeal()
    {
        var issues = DiscoveryValidation.Participation(new StakeholderDetails(null, null, "wizard", null, null, null, "not an address", "x"));

        Assert.Equal(["role"], issues.Select(i => i.Field));
        Assert.Equal(["name", "email", "phone"], DiscoveryValidation.Person(new StakeholderDetails(null, null, "wizard", null, null, null, "not an address", "x")).Select(i => i.Field));
    }

    [Fact]
    public void ANewOpportunityAlsoChecksItsCurrencyAndStageAndNamesEachCompetitorByPosition()
    {
        var details = new OpportunityDetails("Peak readiness", null, -1m, ["Logiqa", " "]);

        var issues = DiscoveryValidation.NewOpportunity(details, "XYZ", "closing");
        var edit = DiscoveryValidation.OpportunityDetails(details);

        Assert.Equal(["currency", "stage", "budget", "competitors[1]"], issues.Select(i => i.Field));
        Assert.Equal(["budget", "competitors[1]"], edit.Select(i => i.Field));
        Assert.Empty(DiscoveryValidation.NewOpportunity(details with { Budget = 10m, Competitors = [] }, "EUR", null));
    }
}
