using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Discovery;

/// <summary>
/// The discovery pages for a rep whose browser asks for Chinese: headings, buttons, counts, money and
/// the sentences that explain refused input are Chinese; the same pages without the header stay English.
/// </summary>
public sealed class ChinesePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> ChineseRepAsync()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        rep.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        return rep;
    }

    private async Task<(int AccountId, int OpportunityId)> CreateDealAsync(string name, string currency = "CNY")
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name}有限公司", industry = "Electronics", region = "Greater China", allowSimilar = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var accountId = account.GetProperty("id").GetInt32();
        var created = await (await api.PostAsJsonAsync("/api/v1/opportunities", new { accountId, name, currency, budget = 220000, expectedClose = "2027-03-31" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        return (accountId, created.GetProperty("id").GetInt32());
    }

    private static string ErrorNextTo(IDocument page, string fieldId) =>
        page.One($"#{fieldId}").ParentElement!.QuerySelector(".field__error")?.TextContent.Trim() ?? "";

    private static string Text(IDocument page, string selector) => page.One(selector).TextContent.Trim();

    [Fact]
    public async Task TheAccountListSpeaksChineseAndCountsInChinese()
    {
        var rep = await ChineseRepAsync();

        var page = Html.Parse(await rep.GetPageAsync("/accounts"));
        var badRegion = Html.Parse(await rep.GetPageAsync("/accounts?region=Mars"));
        var english = Html.Parse(await (await app.SignInAsync("rep@demo.local")).GetPageAsync("/accounts"));

        Assert.Equal("客户", Text(page, "h1"));
        Assert.Equal("新建客户", Text(page, ".page-header .btn"));
        Assert.Equal("全部行业", Text(page, "#account-industry option[value='']"));
        Assert.Matches(@"^[\d,]+ 个客户", Text(page, "#account-results > p"));
        Assert.Contains("大中华区", page.QuerySelectorAll("#account-region option").Select(o => o.TextContent.Trim()));
        Assert.Equal("区域", page.One("#account-results tbody td:nth-child(3)").GetAttribute("data-label"));
        Assert.StartsWith("请从以下区域中选择：", ErrorNextTo(badRegion, "account-region"));
        Assert.Contains("大中华区", ErrorNextTo(badRegion, "account-region"));
        Assert.Equal("没有符合条件的客户。", Text(Html.Parse(await rep.GetPageAsync("/accounts?q=不存在的客户名称")), ".empty-state"));

        Assert.Equal("Accounts", Text(english, "h1"));
        Assert.Equal("New account", Text(english, ".page-header .btn"));
        Assert.Matches(@"^[\d,]+ accounts", Text(english, "#account-results > p"));
    }

    [Fact]
    public async Task TheNewAccountFormExplainsARefusalInChinese()
    {
        var rep = await ChineseRepAsync();

        var form = Html.Parse(await rep.GetPageAsync("/accounts/new"));
        var refused = await rep.SubmitFormAsync("/accounts/new", "/accounts/new", [new("Name", "  "), new("Region", "Mars"), new("Industry", "Electronics")]);
        var refusedPage = Html.Parse(await refused.Content.ReadAsStringAsync());
        var english = Html.Parse(await (await app.SignInAsync("rep@demo.local")).GetPageAsync("/accounts/new"));

        Assert.Equal("新建客户", Text(form, "h1"));
        Assert.Equal("公司名称", Text(form, "label[for=Name]"));
        Assert.Equal("创建客户", Text(form, ".form-actions .btn--primary"));
        Assert.Equal("暂不清楚", Text(form, "#Region option[value='']"));
        Assert.Equal("大中华区", Text(form, "#Region option[value='Greater China']"));
        Assert.Equal("新建客户 · Configurator", Text(form, "title"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("请填写客户名称。", ErrorNextTo(refusedPage, "Name"));
        Assert.StartsWith("请从以下区域中选择：", ErrorNextTo(refusedPage, "Region"));
        Assert.Equal("电子", refusedPage.One("#Industry").GetAttribute("value")); // the value kept, named in the reader's language

        Assert.Equal("New account", Text(english, "h1"));
        Assert.Equal("Company name", Text(english, "label[for=Name]"));
    }

    [Fact]
    public async Task TheAccountPageShowsItsDealsInChineseAndRefusesABadOpportunityInChinese()
    {
        var (accountId, _) = await CreateDealAsync("华东精密制造");
        var rep = await ChineseRepAsync();

        var page = Html.Parse(await rep.GetPageAsync($"/accounts/{accountId}"));
        var refused = await rep.SubmitFormAsync($"/accounts/{accountId}", $"/accounts/{accountId}/opportunities",
            [new("Name", ""), new("Currency", "EURO"), new("Budget", "45kk")]);
        var refusedPage = Html.Parse(await refused.Content.ReadAsStringAsync());
        var english = await (await app.SignInAsync("rep@demo.local")).GetPageAsync($"/accounts/{accountId}");

        Assert.Equal("华东精密制造有限公司", Text(page, "h1"));
        Assert.Contains("电子 · 大中华区", Text(page, ".page-header__lead"));
        Assert.Equal("新建商机", Text(page, "#new-opportunity-heading"));
        Assert.Equal("创建商机", Text(page, "#new-opportunity-heading + form button[type=submit]"));
        Assert.Equal("¥220,000", Text(page, "td[data-label=预算]"));
        Assert.Equal("2027年3月31日", Text(page, "td[data-label=预计成交]"));
        Assert.Equal("需求调研", Text(page, "td[data-label=阶段] .badge"));
        Assert.Equal("请填写商机名称。", ErrorNextTo(refusedPage, "opportunity-name"));
        Assert.Equal("请填写三位币种代码，如 EUR、USD 或 CNY。", ErrorNextTo(refusedPage, "opportunity-currency"));
        Assert.Equal("请填写金额，如 45,000、45k、1.2m 或 22万。", ErrorNextTo(refusedPage, "opportunity-budget"));

        Assert.Contains("Start an opportunity", english);
        Assert.Contains("CNY 220,000", english);
        Assert.Contains("31 Mar 2027", english);
    }

    [Fact]
    public async Task TheOpportunityPageSpeaksChineseCountsInChineseAndRefusesInChinese()
    {
        var (_, id) = await CreateDealAsync("旺季备货保障");
        var rep = await ChineseRepAsync();
        var html = await rep.GetPageAsync($"/opportunities/{id}");
        var page = Html.Parse(html);
        var token = BrowserExtensions.AntiforgeryToken(html);

        var painRequest = new HttpRequestMessage(HttpMethod.Post, $"/opportunities/{id}/pain-points")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "月报全靠手工", ["Category"] = "", ["Severity"] = "9", ["AnnualImpact"] = "-5" }),
        };
        painRequest.Headers.Add("HX-Request", "true");
        painRequest.Headers.Add("RequestVerificationToken", token);
        var refusedPain = Html.Parse(await (await rep.SendAsync(painRequest)).Content.ReadAsStringAsync());
        var refusedMove = Html.Parse(await (await rep.SubmitFormAsync($"/opportunities/{id}", $"/opportunities/{id}/stage", [new("Stage", "solution-design")]))
            .Content.ReadAsStringAsync());
        var understood = Html.Parse(await rep.GetPageAsync("/amounts/understood?currency=CNY&AnnualImpact=4.5万"));
        var english = await (await app.SignInAsync("rep@demo.local")).GetPageAsync($"/opportunities/{id}");

        Assert.Equal("旺季备货保障", Text(page, "h1"));
        Assert.Equal("痛点（按紧迫程度排序）", Text(page, "#pain-heading"));
        Assert.Equal("决策链", Text(page, "#chain-heading"));
        Assert.Equal("添加痛点", Text(page, "#pain-capture button[type=submit]"));
        Assert.Equal("销售流程 · 需求调研", Text(page, "#playbook-heading"));
        Assert.Contains("用客户自己的话记录至少三个痛点", Text(page, "#playbook .checklist"));
        Assert.Contains("0 个痛点", Text(page, "#playbook .checklist"));
        Assert.Contains("预算 ¥220,000", Text(page, ".page-header .cluster"));
        Assert.Equal("尚未找到经济决策者：请弄清楚谁审批这笔预算。", Text(page, "#decision-chain .alert"));
        Assert.Equal("请选择类别。", ErrorNextTo(refusedPain, "pain-category"));
        Assert.Equal("请选择痛点的严重程度，1（小麻烦）到 5（致命）。", ErrorNextTo(refusedPain, "pain-severity"));
        Assert.Equal("金额不能小于零。", ErrorNextTo(refusedPain, "pain-impact"));
        Assert.StartsWith("还有 3 个销售流程动作未完成：用客户自己的话记录至少三个痛点；", ErrorNextTo(refusedMove, "stage-reason"));
        Assert.Equal("识别为 ¥45,000", Text(understood, ".amount-understood"));

        Assert.Contains("Pain points, most pressing first", english);
        Assert.Contains("Playbook · Discovery", english);
        Assert.Contains("0 pain points", english);
        Assert.Contains("Budget CNY 220,000", english);
    }

    [Fact]
    public async Task TheOpportunitiesListSpeaksChineseAndNamesBadFiltersInChinese()
    {
        await CreateDealAsync("华南物流");
        var rep = await ChineseRepAsync();

        var page = Html.Parse(await rep.GetPageAsync("/opportunities?owner=anyone"));
        var badFilters = Html.Parse(await rep.GetPageAsync("/opportunities?stage=closing"));
        var english = Html.Parse(await (await app.SignInAsync("rep@demo.local")).GetPageAsync("/opportunities?owner=anyone"));

        Assert.Equal("商机", Text(page, "h1"));
        Assert.Equal("成交日期由近到远", Text(page, "#opportunity-sort option[selected]"));
        Assert.Equal("我", Text(page, "#opportunity-owner option[value=me]"));
        Assert.Matches(@"^[\d,]+ 个商机", Text(page, "#opportunity-results > p"));
        Assert.Contains("赢单", page.QuerySelectorAll("#opportunity-stage option").Select(o => o.TextContent.Trim()));
        Assert.Equal("以下筛选条件无法使用，已忽略：", Text(badFilters, "#opportunity-results .alert p"));
        Assert.StartsWith("阶段须为“open”、“any”或以下之一：", Text(badFilters, "#opportunity-results .alert li"));

        Assert.Equal("Opportunities", Text(english, "h1"));
        Assert.Equal("Closing soonest", Text(english, "#opportunity-sort option[selected]"));
        Assert.Matches(@"^[\d,]+ opportunities", Text(english, "#opportunity-results > p"));
    }

    [Fact]
    public async Task ANewDealOfAnAccountStartsInTheCurrencyItsDealsOrItsRegionUse()
    {
        var rep = await ChineseRepAsync();
        var api = await app.ApiClientAsync("rep@demo.local");
        var inChina = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = "深圳新仓有限公司", region = "Greater China", allowSimilar = true })).Content.ReadFromJsonAsync<JsonElement>();
        var nowhere = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = "Nowhere Traders", allowSimilar = true })).Content.ReadFromJsonAsync<JsonElement>();
        var (withDeal, _) = await CreateDealAsync("美元项目", "USD");

        static string Currency(IDocument page) => page.One("#opportunity-currency").GetAttribute("value")!;

        Assert.Equal("CNY", Currency(Html.Parse(await rep.GetPageAsync($"/accounts/{inChina.GetProperty("id").GetInt32()}"))));
        Assert.Equal("EUR", Currency(Html.Parse(await rep.GetPageAsync($"/accounts/{nowhere.GetProperty("id").GetInt32()}"))));
        Assert.Equal("USD", Currency(Html.Parse(await rep.GetPageAsync($"/accounts/{withDeal}"))));
    }

    [Fact]
    public async Task AnIndustryPickedByItsChineseNameIsKeptAsTheListsValueAndShownInChinese()
    {
        var rep = await ChineseRepAsync();

        var created = await rep.SubmitFormAsync("/accounts/new", "/accounts/new",
            [new("Name", "杭州优选零售有限公司"), new("Industry", "零售与电商"), new("Region", "Greater China"), new("AllowSimilar", "true")]);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var api = await (await app.ApiClientAsync("rep@demo.local")).GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{id}");
        var edit = Html.Parse(await rep.GetPageAsync($"/accounts/{id}/edit"));
        var english = Html.Parse(await (await app.SignInAsync("rep@demo.local")).GetPageAsync($"/accounts/{id}/edit"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Retail and e-commerce", api.GetProperty("industry").GetString());
        Assert.Equal("零售与电商", edit.One("#Industry").GetAttribute("value"));
        Assert.Contains("零售与电商", edit.QuerySelectorAll("#Industry-choices option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Retail and e-commerce", english.One("#Industry").GetAttribute("value"));
    }
}
