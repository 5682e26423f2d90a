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
}
