using System.Globalization;
using System.Text.RegularExpressions;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Demo;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Demo;

/// <summary>A demo is judged by its data: the seeded book of business tells one true, consistent story.</summary>
public sealed partial class DemoStoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(List<Account> Accounts, List<Opportunity> Opportunities, List<Person> People)> SeededAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var accounts = await db.Accounts.AsNoTracking().ToListAsync();
        var opportunities = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery().ToListAsync();
        var people = await db.People.AsNoTracking().ToListAsync();
        return (accounts, opportunities, people);
    }

    [Fact]
    public async Task EveryQuoteThatNamesAnAmountNamesTheRecordedImpactInTheDealsCurrency()
    {
        var (_, opportunities, _) = await SeededAsync();

        var pains = opportunities.SelectMany(o => o.PainPoints.Select(p => (o.Currency, Pain: p))).ToList();
        Assert.Contains(pains, p => p.Pain.AnnualImpact is not null);
        Assert.All(pains, p =>
        {
            var stated = StatedAmounts(p.Pain.ClientWords, p.Currency);
            if (p.Pain.AnnualImpact is { } impact)
            {
                Assert.Equal([impact], stated);
            }
            else
            {
                Assert.Empty(stated);
            }
        });
    }

    [Fact]
    public async Task EveryQuoteIsTheOneItsTitleWasWrittenFor()
    {
        var (_, opportunities, _) = await SeededAsync();
        var templates = PainTemplates.ByCategory.Concat(PainTemplatesChinese.ByCategory).SelectMany(c => c.Value.Select(t => (Category: c.Key, Template: t))).ToList();

        Assert.All(opportunities.SelectMany(o => o.PainPoints.Select(p => (o.Currency, Pain: p))), p =>
        {
            var template = Assert.Single(templates, t => t.Category == p.Pain.Category && t.Template.Title == p.Pain.Title).Template;
            var words = p.Pain.AnnualImpact is { } impact
                ? template.ClientWords.Replace(PainTemplate.Amount, BookOfBusinessGenerator.Spoken(impact, p.Currency), StringComparison.Ordinal)
                : template.ClientWords;
            Assert.Equal(words, p.Pain.ClientWords);
            Assert.Equal(template.Severity, p.Pain.Severity);
        });
    }

    [Fact]
    public async Task WithinADealTheCostlierPainIsNeverTheLessSevere()
    {
        var (_, opportunities, _) = await SeededAsync();

        Assert.All(opportunities, o =>
        {
            var quantified = o.PainPoints.Where(p => p.AnnualImpact is not null).ToList();
            foreach (var costlier in quantified)
            {
                Assert.All(quantified.Where(p => p.AnnualImpact < costlier.AnnualImpact), cheaper => Assert.True(costlier.Severity >= cheaper.Severity,
                    $"{o.Name}: “{costlier.Title}” costs {costlier.AnnualImpact} at severity {costlier.Severity}, “{cheaper.Title}” {cheaper.AnnualImpact} at {cheaper.Severity}."));
            }
        });
    }

    [Fact]
    public async Task ChampionsAreSupporters()
    {
        var (_, opportunities, _) = await SeededAsync();

        var champions = opportunities.SelectMany(o => o.Stakeholders).Where(s => s.Role == StakeholderRole.Champion).ToList();
        Assert.NotEmpty(champions);
        Assert.All(champions, c => Assert.Equal(Stance.Supporter, c.Stance));
    }

    [Fact]
    public async Task ChineseAccountsAreChineseThroughoutTheirTitlesAndWords()
    {
        var (accounts, opportunities, people) = await SeededAsync();

        var chinese = accounts.Where(a => a.Region == "Greater China").Select(a => a.Id).ToHashSet();
        Assert.NotEmpty(chinese);
        Assert.All(people.Where(p => chinese.Contains(p.AccountId)), p =>
        {
            Assert.Matches(Cjk(), p.Name);
            Assert.Matches(Cjk(), p.Title);
        });
        Assert.All(opportunities.Where(o => chinese.Contains(o.AccountId)).SelectMany(o => o.PainPoints), p =>
        {
            Assert.Matches(Cjk(), p.Title);
            Assert.Matches(Cjk(), p.ClientWords);
        });
        Assert.All(people.Where(p => !chinese.Contains(p.AccountId)), p => Assert.DoesNotMatch(Cjk(), p.Title));
        Assert.All(opportunities.Where(o => chinese.Contains(o.AccountId)), o =>
        {
            Assert.Matches(Cjk(), o.Name);
            Assert.Equal("CNY", o.Currency.Code);
            if (o.NextStep is { } next)
            {
                Assert.Matches(Cjk(), next.Text);
            }
        });
        Assert.All(accounts.Where(a => chinese.Contains(a.Id)), a => Assert.Matches(Cjk(), a.Notes));
    }

    [Fact]
    public async Task EveryPersonOnAChineseAccountHasAChineseNameAndTitleThatNoneOfOurOwnPeopleHas()
    {
        var (accounts, _, people) = await SeededAsync();

        var chinese = accounts.Where(a => a.Region == "Greater China").Select(a => a.Id).ToHashSet();
        var theirs = people.Where(p => chinese.Contains(p.AccountId)).ToList();
        Assert.NotEmpty(theirs);
        Assert.All(theirs, p =>
        {
            Assert.Matches(OnlyCjk(), p.Name);
            Assert.Matches(@"^[\p{IsCJKUnifiedIdeographs}A-Z]+$", p.Title); // 仓库经理, IT经理, ERP负责人
            Assert.Matches(Cjk(), p.Title);
            Assert.DoesNotContain(p.Name, DemoUsers.All.Select(u => u.DisplayName));
        });
    }

    [Fact]
    public async Task TheChineseTeamOwnsTheChineseAccountsAndDealsAndNothingElse()
    {
        var (accounts, opportunities, _) = await SeededAsync();
        var emails = await UserEmailsAsync();
        var chineseTeam = DemoUsers.Chinese.Select(u => u.Email).ToHashSet();

        var chinese = accounts.Where(a => a.Region == "Greater China").ToList();
        Assert.NotEmpty(chinese);
        Assert.All(accounts, a => Assert.Equal(a.Region == "Greater China", chineseTeam.Contains(emails[a.OwnerId])));
        Assert.All(opportunities, o => Assert.Equal(accounts.Single(a => a.Id == o.AccountId).OwnerId, o.OwnerId));
        Assert.All(chinese, a => Assert.Equal("wang.lei@demo.local", emails[a.OwnerId]));
    }

    [Fact]
    public async Task WonAndLostDealsClosedInThePastWithNothingLeftToDo()
    {
        var (_, opportunities, _) = await SeededAsync();
        var today = Today();

        var closed = opportunities.Where(o => Playbook.IsClosed(o.Stage)).ToList();
        Assert.Contains(closed, o => o.Stage == OpportunityStage.Won);
        Assert.Contains(closed, o => o.Stage == OpportunityStage.Lost);
        Assert.All(closed, o =>
        {
            Assert.True(o.ExpectedClose < today, $"{o.Name} was {o.Stage} but closes {o.ExpectedClose}, today is {today}.");
            Assert.Null(o.NextStep);
        });
    }

    [Fact]
    public async Task OpenDealsCloseAheadAndHaveANextStepDueBeforeTheyCloseMostUpcomingSomeOverdue()
    {
        var (_, opportunities, _) = await SeededAsync();
        var today = Today();

        var open = opportunities.Where(o => !Playbook.IsClosed(o.Stage)).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, o =>
        {
            Assert.True(o.ExpectedClose > today, $"{o.Name} is open at {o.Stage} but was to close {o.ExpectedClose}, today is {today}.");
            var next = Assert.IsType<NextStep>(o.NextStep);
            Assert.Empty(DiscoveryValidation.NextStep(next.Text, next.Due));
            Assert.True(next.Due < o.ExpectedClose, $"{o.Name}: the next step is due {next.Due}, after the close {o.ExpectedClose}.");
        });
        var overdue = open.Count(o => o.NextStep!.IsOverdue(today, o.Stage));
        Assert.InRange(overdue, 1, open.Count / 2 - 1);
    }

    [Fact]
    public async Task DealsFurtherAlongExpectToCloseSoonerOnAverage()
    {
        var (_, opportunities, _) = await SeededAsync();
        var today = Today();

        var daysToClose = opportunities.Where(o => !Playbook.IsClosed(o.Stage))
            .GroupBy(o => o.Stage)
            .OrderBy(g => g.Key)
            .Select(g => g.Average(o => o.ExpectedClose!.Value.DayNumber - today.DayNumber))
            .ToList();
        Assert.Equal(4, daysToClose.Count);
        Assert.Equal(daysToClose.OrderDescending(), daysToClose);
    }

    private DateOnly Today() => DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private async Task<Dictionary<string, string>> UserEmailsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        return await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Email!);
    }

    [Fact]
    public async Task PeopleBelongToTheirAccountWithPlausibleExampleAddressesAndPhonesAndTakePartInItsDeals()
    {
        var (_, opportunities, people) = await SeededAsync();

        Assert.All(people, p =>
        {
            Assert.Empty(DiscoveryValidation.Person(new StakeholderDetails(p.Name, p.Title, null, null, null, null, p.Email, p.Phone)));
            Assert.EndsWith(".example", p.Email);
            Assert.NotEmpty(p.Phone);
        });
        Assert.All(people.GroupBy(p => p.AccountId), account => Assert.Equal(account.Count(), account.Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count()));
        Assert.All(opportunities, o => Assert.All(o.Stakeholders, s => Assert.Equal(o.AccountId, s.Person.AccountId)));
        // Some people are in more than one deal of their account: the same person, not a copy.
        Assert.Contains(opportunities.SelectMany(o => o.Stakeholders).GroupBy(s => s.PersonId), g => g.Count() > 1);
    }

    /// <summary>The amounts a quote names: "€45,000" and "$45,000" in euros and dollars, "22万元" in yuan; each in the deal's currency.</summary>
    private static List<decimal> StatedAmounts(string words, string currency)
    {
        var stated = Money().Matches(words)
            .Select(m => (Unit: m.Groups[1].Value, Amount: decimal.Parse(m.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)))
            .Concat(Wan().Matches(words).Select(m => (Unit: "万元", Amount: decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 10_000m)))
            .ToList();
        var unit = currency switch { "CNY" => "万元", "USD" => "$", _ => "€" };
        Assert.All(stated, s => Assert.Equal(unit, s.Unit));
        return stated.Select(s => s.Amount).ToList();
    }

    [GeneratedRegex(@"([€$¥])(\d{1,3}(?:,\d{3})*)")]
    private static partial Regex Money();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)万元")]
    private static partial Regex Wan();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+$")]
    private static partial Regex OnlyCjk();
}
