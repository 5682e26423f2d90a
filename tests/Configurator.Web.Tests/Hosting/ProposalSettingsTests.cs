using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Tests.Hosting;

/// <summary>Proposals:* settings are checked when the app starts: a wrong one stops it with a sentence, never a quiet default.</summary>
public sealed class ProposalSettingsTests
{
    private sealed class Configured(params (string Key, string Value)[] settings) : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings.ToDictionary(s => s.Key, s => (string?)s.Value);
    }

    [Theory]
    [InlineData("Proposals:OptionNames:0", "Good", "Proposals:OptionNames names the Good / Better / Best options: three different names")]
    [InlineData("Proposals:TotalsDiscountLimitPercent", "150", "Proposals:TotalsDiscountLimitPercent is a percentage from 0 to 100.")]
    [InlineData("Proposals:ValidityDays", "0", "Proposals:ValidityDays is a number of days from 1 to 365.")]
    [InlineData("Proposals:OptionNamesByLanguage:zh-CN:0", "基础", "Proposals:OptionNamesByLanguage:zh-CN names the Good / Better / Best options: three different names")]
    [InlineData("Proposals:OptionNamesByLanguage:fr:0", "Bon", "Proposals:OptionNamesByLanguage:fr: proposals are not written in 'fr'")]
    public void AMisconfiguredSettingStopsTheStartAndSaysWhatToFix(string key, string value, string sentence)
    {
        using var app = new Configured((key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(sentence, failure.Message);
    }

    [Fact]
    public async Task ThreeNamesNameTheGoodBetterBestOptions()
    {
        using var app = new Configured(("Proposals:OptionNames:0", "Basic"), ("Proposals:OptionNames:1", "Plus"), ("Proposals:OptionNames:2", "Max"));
        var presales = await app.ApiClientAsync("presales@demo.local");
        using var scope = app.Services.CreateScope();
        var opportunity = await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Opportunities.Select(o => o.Id).FirstAsync();

        var created = await presales.PostAsync($"/api/v1/opportunities/{opportunity}/proposals",
            new StringContent("""{"title":"Named","options":true}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await created.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("\"name\":\"Basic\"", body);
        Assert.Contains("\"name\":\"Max\"", body);
    }

    [Fact]
    public async Task AChineseProposalTakesTheChineseNamesWhileAnEnglishOneKeepsTheEnglishOnes()
    {
        using var app = new Configured(("Proposals:OptionNamesByLanguage:zh-CN:0", "标准"), ("Proposals:OptionNamesByLanguage:zh-CN:1", "推荐"), ("Proposals:OptionNamesByLanguage:zh-CN:2", "全面"));
        var presales = await app.ApiClientAsync("presales@demo.local");
        using var scope = app.Services.CreateScope();
        var opportunity = await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Opportunities.Select(o => o.Id).FirstAsync();

        async Task<List<string>> CreateAsync(string language)
        {
            var created = await presales.PostAsync($"/api/v1/opportunities/{opportunity}/proposals",
                new StringContent($$"""{"title":"Named","language":"{{language}}","options":true}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
            using var body = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync());
            return [.. body.RootElement.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()!)];
        }

        var chinese = await CreateAsync("zh-CN");
        var english = await CreateAsync("en");

        Assert.Contains("标准", chinese);
        Assert.Contains("全面", chinese);
        Assert.Contains("Premium", english);
        Assert.DoesNotContain("Premium", chinese);
    }
}
