using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>A proposal written in Chinese, printed by real Chromium and read back with PdfPig: Chinese throughout but what people typed and the catalogue's item texts.</summary>
public sealed partial class ChineseProposalDocumentTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Phrases of the English labels that must never reach a Chinese document (compared ignoring case: headings may print in capitals).</summary>
    private static readonly string[] _englishLabelKeys =
    [
        "summary_heading", "challenges_heading", "solution_heading", "coverage_heading", "value_heading", "apart_heading", "next_heading",
        "contract_value", "list_value", "unit_price", "first_year_investment", "pain_cost", "draft", "no_payback",
    ];

    [Fact]
    public async Task AChineseProposalPrintsChineseOptionNamesQuantitiesWithMeasureWordsAndNoEnglishLabel()
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "苏州新程服饰有限公司" })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name = "仓储现代化",
            currency = "CNY",
            painPoints = new object[]
            {
                new { title = "库存数据不准", category = "STOCK-ERRORS", severity = 5, annualImpact = 800000m },
                new { title = "旺季停机", category = "DOWNTIME", severity = 4, annualImpact = 300000m },
            },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presalesApi = await app.ApiClientAsync("presales@demo.local");
        var created = await presalesApi.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = "仓储现代化建议书", language = "zh-CN", termMonths = 36, options = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var proposal = await created.Content.ReadFromJsonAsync<JsonElement>();
        var optionNames = proposal.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToList();
        var presales = await app.SignInAsync("presales@demo.local");

        var pdf = await presales.GetAsync($"/proposals/{proposal.GetProperty("id").GetInt32()}/preview.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        var english = app.Services.GetRequiredService<ProposalDocumentRenderer>().Labels("en");
        var chinese = app.Services.GetRequiredService<ProposalDocumentRenderer>().Labels("zh-CN");

        Assert.NotEmpty(optionNames);
        Assert.All(optionNames, name => Assert.Contains(name, new[] { "基础版", "进阶版", "旗舰版" }));
        Assert.All(optionNames, name => Assert.Contains(name, text));
        Assert.Matches(QuantityWithMeasureWord(), text);
        Assert.DoesNotContain("个个", text); // the catalogue's Chinese units carry their own measure word ("个用户", "套")
        Assert.DoesNotMatch(DoubledMeasureWord(), text);
        Assert.Equal("苏州新程服饰有限公司“仓储现代化”解决方案建议书", document.Information.Subject);
        Assert.StartsWith("Configurator", document.Information.Author);
        Assert.Contains("图例：", text);
        Assert.Matches(@"共 \d+ 页", text);
        Assert.Contains("¥", text);
        Assert.DoesNotContain("CNY ", text);
        Assert.Contains(chinese["investment_heading"], text);
        Assert.Contains(chinese["summary_heading"], text);
        Assert.All(_englishLabelKeys, key => Assert.DoesNotContain(english[key], text, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\d+ (个用户|个仓库|个接口|台设备|套)")]
    private static partial Regex QuantityWithMeasureWord();

    [GeneratedRegex(@"\d+ 个(套|台|份|项|次|名|位)")]
    private static partial Regex DoubledMeasureWord();
}
