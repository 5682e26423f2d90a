using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Proposals;

/// <summary>
/// The proposal pages in Simplified Chinese (the browser asks for zh-CN): the list, the builder with its
/// refusals, the approval queue and the preview, each as the role that uses it; a zh-CN proposal gets
/// Chinese option names; without the header the same pages stay English.
/// </summary>
public sealed class ChineseProposalPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<int> OpportunityAsync(string name)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name}有限公司" })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "CNY",
            painPoints = new object[]
            {
                new { title = "库存数据不准", category = "STOCK-ERRORS", severity = 5, annualImpact = 800000m },
                new { title = "旺季停机", category = "DOWNTIME", severity = 3 },
            },
        });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static HttpClient InChinese(HttpClient browser)
    {
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        return browser;
    }

    private static HttpRequestMessage Htmx(string url, string token, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    /// <summary>Presales start a proposal from the opportunity's page, in the language given, with Good / Better / Best options.</summary>
    private async Task<(HttpClient Presales, int Id)> CreateAsync(string name, string language)
    {
        var opportunity = await OpportunityAsync(name);
        var presales = InChinese(await app.SignInAsync("presales@demo.local"));
        var created = await presales.SubmitFormAsync($"/opportunities/{opportunity}", $"/opportunities/{opportunity}/proposals",
            [new("Title", $"{name}建议书"), new("Language", language), new("TermMonths", "36"), new("Start", "options")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (presales, int.Parse(created.Headers.Location!.ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task PresalesReadTheBuilderInChineseWithChineseOptionNames()
    {
        var (presales, id) = await CreateAsync("仓储升级", "zh-CN");

        var page = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));

        Assert.Equal("客户痛点", page.One("#pains-heading").TextContent.Trim());
        Assert.Equal("关键数据", page.One("#figures-heading").TextContent.Trim());
        Assert.Equal("版本", page.One("#revisions-heading").TextContent.Trim());
        Assert.Equal("历史记录", page.One("#history-heading").TextContent.Trim());
        var tabs = page.QuerySelectorAll("#option-tabs a.tabs__tab").Select(a => a.ChildNodes[0].TextContent.Trim()).ToList();
        Assert.NotEmpty(tabs);
        Assert.All(tabs, name => Assert.Contains(name, new[] { "基础版", "进阶版", "旗舰版" }));
        Assert.Contains("提交", page.One("#workflow button[type=submit]").TextContent);
        Assert.Contains("文档语言：中文", page.One("#builder-status").TextContent);
        Assert.Contains("合同总额（36 个月）", page.One("#figures").TextContent);
        Assert.Contains("¥", page.One("#figures").TextContent);
        Assert.Equal("添加", page.One("form.add-line button[type=submit]").TextContent.Trim());
        Assert.Equal("例如：培训、退货或 ONBOARD", page.Attr("#add-item", "placeholder"));
        Assert.Contains("均在权限范围内：无需审批。", page.One("#figures").TextContent);
        Assert.DoesNotContain("The client's pain points", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task BadValuesOnALineAreRefusedInChineseNextToTheirFieldsAndADiscountBeyondTheLimitAsksForAnApprover()
    {
        var (presales, id) = await CreateAsync("价格审批", "zh-CN");
        var html = await presales.GetPageAsync($"/proposals/{id}");
        var page = Html.Parse(html);
        var token = BrowserExtensions.AntiforgeryToken(html);
        var form = page.QuerySelectorAll("form.line__edit").First();
        var line = form.GetAttribute("action")!;
        var version = page.Attr("#proposal-version", "data-version");
        var limit = page.QuerySelectorAll(".line").First().QuerySelector("label[for^=discount] .muted")!.TextContent;
        var quantity = form.QuerySelector("input[name=quantity]")!.GetAttribute("value")!;

        var refused = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = "很多", ["discountPercent"] = "150", ["version"] = version }));
        var refusedLine = Html.Parse(await refused.Content.ReadAsStringAsync());
        var overLimit = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = quantity, ["discountPercent"] = "150", ["version"] = version }));
        var overLimitLine = Html.Parse(await overLimit.Content.ReadAsStringAsync());
        var beyond = await presales.SendAsync(Htmx(line, token, new() { ["quantity"] = quantity, ["discountPercent"] = "40", ["version"] = version }));
        var answer = Html.Parse(await beyond.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("请以整数填写数量。", refusedLine.QuerySelectorAll(".line__field .field__error")[0].TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, overLimit.StatusCode);
        Assert.Equal("折扣 150% 无效，请填写 0 到 100 之间的百分比。", overLimitLine.QuerySelectorAll(".line__field .field__error")[1].TextContent.Trim());
        Assert.Equal("150", overLimitLine.Attr("input[name=discountPercent]", "value"));
        Assert.Matches(@"^（上限 \d+%）$", limit);
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Contains("折扣为 40%，超出其", answer.One("#figures").TextContent);
        Assert.Contains("需要审批：", answer.One("#figures").TextContent);
        Assert.Contains("审批", answer.One("#workflow button[type=submit]").TextContent);
        Assert.Contains(answer.QuerySelectorAll(".line .issue"), issue => issue.TextContent.Contains("需审批人同意。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChineseReaderOfAnEnglishProposalSeesChinesePagesButTheProposalKeepsItsEnglishOptionNames()
    {
        var (presales, id) = await CreateAsync("英文方案", "en");
        var chinese = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));
        presales.DefaultRequestHeaders.AcceptLanguage.Clear();
        var english = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));

        Assert.All(chinese.QuerySelectorAll("#option-tabs a.tabs__tab").Select(a => a.ChildNodes[0].TextContent.Trim()), name => Assert.Contains(name, new[] { "Essential", "Advantage", "Premium" }));
        Assert.Equal("客户痛点", chinese.One("#pains-heading").TextContent.Trim());
        Assert.Contains("文档语言：English", chinese.One("#builder-status").TextContent);
        Assert.Equal("The client's pain points", english.One("#pains-heading").TextContent.Trim());
        Assert.Equal("Figures", english.One("#figures-heading").TextContent.Trim());
    }

    [Fact]
    public async Task TheProposalListSpeaksChinese()
    {
        var (presales, id) = await CreateAsync("清单", "zh-CN");

        var page = Html.Parse(await presales.GetPageAsync("/proposals"));

        Assert.Equal("建议书", page.One("main h1").TextContent.Trim());
        Assert.Equal("全部建议书", page.One("#all-heading").TextContent.Trim());
        var headers = page.QuerySelectorAll("section[aria-labelledby=all-heading] th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["建议书", "状态", "创建时间"], [headers[0], headers[2], headers[3]]);
        var row = page.QuerySelector($"a[href='/proposals/{id}']")!.Closest("tr")!;
        Assert.Matches(@"^\d{4}年\d{1,2}月\d{1,2}日$", row.QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Null(page.QuerySelector("#queue"));
    }

    [Fact]
    public async Task TheApproverWeighsAndDecidesInChineseAndARejectionWithoutAReasonIsRefusedInChinese()
    {
        var (presales, id) = await CreateAsync("审批队列", "zh-CN");
        var builder = await presales.GetPageAsync($"/proposals/{id}");
        var tokenOfPresales = BrowserExtensions.AntiforgeryToken(builder);
        var line = Html.Parse(builder).QuerySelectorAll("form.line__edit").First().GetAttribute("action")!;
        var version = Html.Parse(builder).Attr("#proposal-version", "data-version");
        Assert.Equal(HttpStatusCode.OK, (await presales.SendAsync(Htmx(line, tokenOfPresales, new() { ["quantity"] = Html.Parse(builder).QuerySelectorAll("form.line__edit").First().QuerySelector("input[name=quantity]")!.GetAttribute("value")!, ["discountPercent"] = "40", ["version"] = version }))).StatusCode);
        var submit = await presales.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/actions/submit",
            [new("version", $"{int.Parse(version, System.Globalization.CultureInfo.InvariantCulture) + 1}"), new("comment", "客户签三年合同。")]);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var approver = InChinese(await app.SignInAsync("approver@demo.local"));

        var html = await approver.GetPageAsync("/proposals");
        var page = Html.Parse(html);
        var row = page.One($"#queue-{id}");
        var refused = await approver.SendAsync(Htmx($"/proposals/{id}/actions/reject", BrowserExtensions.AntiforgeryToken(html),
            new() { ["version"] = row.QuerySelector("input[name=version]")!.GetAttribute("value")!, ["from"] = "queue", ["comment"] = " " }));
        var refusedRow = Html.Parse($"<table><tbody>{await refused.Content.ReadAsStringAsync()}</tbody></table>");

        Assert.Equal("待您审批", page.One("#queue-heading").TextContent.Trim());
        Assert.Equal("批准", row.One("button.btn--primary").TextContent.Trim());
        Assert.Contains("驳回", row.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
        Assert.Contains("“客户签三年合同。”", row.One(".queue__why").TextContent);
        Assert.Contains("超出其", row.One("td[data-label='理由与您的决定']").TextContent);
        Assert.Contains("价格战风险", row.One("td[data-label='差异化']").TextContent);
        // Just submitted: "刚刚提交", not "已等待 0 分钟" (longer waits: ProposalPageWordsTests).
        Assert.Contains("刚刚提交", row.One("td[data-label='提交'] time").TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("请说明驳回原因，以便售前知道要改什么。", refusedRow.One($"#queue-problem-{id}").TextContent.Trim());
    }

    [Fact]
    public async Task ThePreviewSpeaksChineseAndHandsItsScriptTheChineseWords()
    {
        var (presales, id) = await CreateAsync("预览", "zh-CN");

        var page = Html.Parse(await presales.GetPageAsync($"/proposals/{id}/preview"));
        var download = page.One("[data-download-pdf]");

        Assert.StartsWith("预览：", page.One("main h1").TextContent.Trim());
        Assert.Equal("下载 PDF", download.TextContent.Trim());
        Assert.Equal("返回方案配置", page.One($"a[href='/proposals/{id}']").TextContent.Trim());
        Assert.Equal("正在生成 PDF…", download.GetAttribute("data-printing"));
        Assert.Equal("PDF 已生成（{0} KB，用时 {1} 秒）。", download.GetAttribute("data-ready"));
        Assert.Equal("PDF 生成失败（{0}）。", download.GetAttribute("data-failed"));
        Assert.Equal("建议书文档", page.Attr("iframe.document-preview", "title"));
    }
}
