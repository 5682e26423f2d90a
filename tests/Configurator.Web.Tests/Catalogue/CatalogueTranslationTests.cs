using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Catalogue;

/// <summary>Item and category words in Chinese: the import and export formats, the editor and the pages that show what is missing.</summary>
public sealed class CatalogueTranslationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string File(string code, string translations) => """
        {
          "categories": [{ "code": "ZH-CAT", "name": "Slow approvals", "description": "Orders wait for sign-off.",
                           "translations": { "zh-CN": { "name": "审批缓慢" } } }],
          "items": [{
            "code": "CODE", "kind": "innovation", "name": "Approval Booster", "summary": "Routes sign-off to phones.",
            "proposalText": "{{ client.name }} approves in minutes.", "status": "active",
            "pricing": { "model": "monthly", "unit": "user", "maxDiscountPercent": 10, "prices": [{ "currency": "EUR", "listPrice": 20 }] },
            "addresses": [{ "category": "ZH-CAT", "strength": 3 }],
            "differentiators": ["Works from WeChat"]
            TRANSLATIONS
          }]
        }
        """.Replace("CODE", code, StringComparison.Ordinal).Replace("TRANSLATIONS", translations, StringComparison.Ordinal);

    private const string Chinese = """
        , "translations": { "zh-CN": { "name": "审批加速器", "summary": "把审批推送到手机上。", "proposalText": "{{ client.name }} 几分钟即可完成审批。",
                                       "unit": "用户", "differentiators": ["支持在微信中审批"] } }
        """;

    private async Task<HttpClient> ImportedAsync(string code, string translations)
    {
        var api = await app.ApiClientAsync("product@demo.local");
        var response = await api.PostAsync("/api/v1/catalogue/import", Json(File(code, translations)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return api;
    }

    [Fact]
    public async Task TheApiImportsAndExportsTranslationsAndAnExportImportsBackUnchanged()
    {
        var api = await ImportedAsync("INN-ZH-API", Chinese);

        var item = await api.GetFromJsonAsync<JsonElement>("/api/v1/catalogue/items/INN-ZH-API");
        var zh = item.GetProperty("translations").GetProperty("zh-CN");
        var export = await api.GetStringAsync("/api/v1/catalogue");
        var again = await (await api.PostAsync("/api/v1/catalogue/import?dryRun=true", Json(export))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Approval Booster", item.GetProperty("name").GetString());
        Assert.Equal("审批加速器", zh.GetProperty("name").GetString());
        Assert.Equal("用户", zh.GetProperty("unit").GetString());
        Assert.Equal("支持在微信中审批", zh.GetProperty("differentiators")[0].GetString());
        Assert.Contains("\"审批缓慢\"", export);
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task AJsonFileChangesOnlyTheTranslatedFieldsItNamesAndNullEmptiesOne()
    {
        var api = await ImportedAsync("INN-ZH-MERGE", Chinese);

        var patch = await api.PostAsync("/api/v1/catalogue/import", Json("""
            { "items": [{ "code": "INN-ZH-MERGE", "translations": { "zh-CN": { "name": "审批加速器 Pro", "unit": null } } }],
              "categories": [{ "code": "ZH-CAT", "name": "Slow approvals", "description": "Orders wait for sign-off." }] }
            """));
        var summary = await patch.Content.ReadFromJsonAsync<JsonElement>();
        var zh = (await api.GetFromJsonAsync<JsonElement>("/api/v1/catalogue/items/INN-ZH-MERGE")).GetProperty("translations").GetProperty("zh-CN");
        var category = (await api.GetFromJsonAsync<JsonElement>("/api/v1/catalogue")).GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "ZH-CAT");

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var changes = summary.GetProperty("items")[0].GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("field").GetString()).ToList();
        Assert.Equal(["Name (zh-CN)", "Unit (zh-CN)"], changes);
        Assert.Equal("审批加速器 Pro", zh.GetProperty("name").GetString());
        Assert.False(zh.TryGetProperty("unit", out _));
        Assert.Equal("把审批推送到手机上。", zh.GetProperty("summary").GetString());
        Assert.Equal("审批缓慢", category.GetProperty("translations").GetProperty("zh-CN").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnUnknownLanguageOrATooLongChineseNameIsAProblemAtItsPathAndNothingIsImported()
    {
        var api = await app.ApiClientAsync("product@demo.local");
        var tooLong = new string('审', 121);

        var response = await api.PostAsync("/api/v1/catalogue/import", Json(File("INN-ZH-BAD", """
            , "translations": { "fr": { "name": "Accélérateur" }, "zh-CN": { "name": "LONG", "proposalText": "{{ client.nme }}" } }
            """.Replace("LONG", tooLong, StringComparison.Ordinal))));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a language the catalogue is translated into; use zh-CN", errors.GetProperty("items[0].translations.fr")[0].GetString());
        Assert.Contains("121 characters", errors.GetProperty("items[0].translations.zh-CN.name")[0].GetString());
        Assert.True(errors.TryGetProperty("items[0].translations.zh-CN.proposalText", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/catalogue/items/INN-ZH-BAD")).StatusCode);
    }

    [Fact]
    public async Task TheCsvCarriesChineseColumnsWhereAnEmptyCellKeepsAndADashClears()
    {
        await ImportedAsync("INN-ZH-CSV", Chinese);
        var product = await app.SignInAsync("product@demo.local");
        var api = await app.ApiClientAsync("product@demo.local");

        var export = (await product.GetStringAsync("/catalogue/export.csv")).TrimStart('\uFEFF');
        var header = export.Split('\n')[0].Trim();
        const string Csv = "code,name,currency,listPrice,name.zh-CN,summary.zh-CN,unit.zh-CN,differentiators.zh-CN\n";
        var edited = Csv + "INN-ZH-CSV,,,,审批加速器二代,,-,手机审批 | 离线可用\n";
        var dryRun = Html.Parse(await (await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = edited })).Content.ReadAsStringAsync());
        var apply = await product.SubmitFormAsync("/catalogue/import", "/catalogue/import/apply", new Dictionary<string, string> { ["json"] = edited, ["format"] = "csv" });
        var zh = (await api.GetFromJsonAsync<JsonElement>("/api/v1/catalogue/items/INN-ZH-CSV")).GetProperty("translations").GetProperty("zh-CN");

        Assert.EndsWith(",name.zh-CN,summary.zh-CN,proposalText.zh-CN,unit.zh-CN,differentiators.zh-CN", header);
        Assert.Contains("审批加速器,把审批推送到手机上。", export);
        Assert.Equal(["Name (zh-CN)", "Unit (zh-CN)", "Differentiators (zh-CN)"],
            dryRun.One(".import-change[data-code='INN-ZH-CSV']").QuerySelectorAll(".history__field").Select(f => f.TextContent));
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        Assert.Equal("审批加速器二代", zh.GetProperty("name").GetString());
        Assert.Equal("把审批推送到手机上。", zh.GetProperty("summary").GetString());
        Assert.False(zh.TryGetProperty("unit", out _));
        Assert.Equal(["手机审批", "离线可用"], zh.GetProperty("differentiators").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("0 to create, 0 to update", (await (await product.SubmitFormAsync("/catalogue/import", "/catalogue/import",
            new Dictionary<string, string> { ["json"] = (await product.GetStringAsync("/catalogue/export.csv")).TrimStart('\uFEFF') })).Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ABadChineseCellIsNamedByRowAndColumn()
    {
        await ImportedAsync("INN-ZH-CSVBAD", Chinese);
        var product = await app.SignInAsync("product@demo.local");
        var csv = "code,name,currency,listPrice,name.zh-CN\nINN-ZH-CSVBAD,,,," + new string('审', 121) + "\n";

        var page = Html.Parse(await (await product.SubmitFormAsync("/catalogue/import", "/catalogue/import", new Dictionary<string, string> { ["json"] = csv })).Content.ReadAsStringAsync());

        var issue = page.One("#import-issues tbody tr");
        Assert.Equal("row 2, name.zh-CN", issue.One("code").TextContent);
        Assert.Contains("121 characters", issue.TextContent);
        Assert.Null(page.QuerySelector("#import-plan"));
    }

    private static Dictionary<string, string> Form(string code, string chineseName) => new()
    {
        ["Code"] = code,
        ["Name"] = "Approval Booster",
        ["Kind"] = "innovation",
        ["Status"] = "active",
        ["Summary"] = "Routes sign-off to phones.",
        ["Model"] = "monthly",
        ["Unit"] = "user",
        ["MaxDiscountPercent"] = "10",
        ["MinQuantity"] = "1",
        ["MaxQuantity"] = "100",
        ["DefaultQuantity"] = "1",
        ["Prices[0].Currency"] = "EUR",
        ["Prices[0].ListPrice"] = "20",
        ["Differentiators"] = "Works from WeChat",
        ["ProposalText"] = "{{ client.name }} approves in minutes.",
        ["Translations[zh-CN].Name"] = chineseName,
        ["Translations[zh-CN].Summary"] = "",
        ["Translations[zh-CN].Unit"] = "用户",
        ["Translations[zh-CN].Differentiators"] = "支持在微信中审批\n无需额外硬件",
        ["Translations[zh-CN].ProposalText"] = "{{ client.name }} 几分钟即可完成审批。",
        ["Version"] = "0",
    };

    [Fact]
    public async Task TheEditorSavesChineseFieldsAndMarksTheEmptyOnes()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", Form("INN-ZH-EDIT", "审批加速器"));
        var item = Html.Parse(await product.GetPageAsync("/catalogue/items/INN-ZH-EDIT"));
        var editor = Html.Parse(await product.GetPageAsync("/catalogue/items/INN-ZH-EDIT/edit"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("审批加速器", editor.One("#Name-zh-CN").GetAttribute("value"));
        Assert.Equal("zh-CN", editor.One("#Name-zh-CN").GetAttribute("lang"));
        Assert.Equal("Approval Booster", editor.One("#Name").GetAttribute("value"));
        Assert.Equal("支持在微信中审批\n无需额外硬件", editor.One("#Differentiators-zh-CN").TextContent.Trim());
        var markers = editor.QuerySelectorAll(".translation-missing").Select(m => m.ParentElement!.GetAttribute("for")).ToList();
        Assert.Equal(["Summary-zh-CN"], markers);
        Assert.Contains("Missing in zh-CN", editor.One("label[for='Summary-zh-CN']").TextContent);
        Assert.Contains("审批加速器", item.One("#translation-zh-CN").TextContent);
        Assert.Contains("Summary", item.One("#translation-zh-CN .badge--warning").ParentElement!.TextContent);
        Assert.Contains("Name (zh-CN)", item.One(".history").TextContent);
        Assert.Equal("Missing zh-CN", item.One(".page-header .translation-gap").TextContent);
    }

    [Fact]
    public async Task ATooLongChineseNameIsRefusedNextToItsFieldAndNothingIsSaved()
    {
        var product = await app.SignInAsync("product@demo.local");

        var response = await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", Form("INN-ZH-LONG", new string('审', 121)));
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("121 characters", page.One("#Name-zh-CN ~ .field__error").TextContent);
        Assert.Equal("", page.One("#Name ~ .field__error").TextContent.Trim());
        Assert.Equal("用户", page.One("#Unit-zh-CN").GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await product.GetAsync("/catalogue/items/INN-ZH-LONG")).StatusCode);
    }

    [Fact]
    public async Task TheListShowsAndFiltersTheItemsMissingChinese()
    {
        await ImportedAsync("INN-ZH-DONE", Chinese);
        await ImportedAsync("INN-ZH-GAP", "");
        var rep = await app.SignInAsync("rep@demo.local");

        var all = Html.Parse(await rep.GetPageAsync("/catalogue?q=INN-ZH-"));
        var missing = Html.Parse(await rep.GetPageAsync("/catalogue?untranslated=zh-CN&q=INN-ZH-"));
        var chinese = Html.Parse(await rep.GetPageAsync("/catalogue?q=INN-ZH-&lang=zh-CN"));

        static string[] Codes(AngleSharp.Dom.IDocument page, bool flagged) => page.QuerySelectorAll("tbody tr")
            .Where(r => !flagged || r.QuerySelector(".translation-gap") is not null).Select(r => r.One("code").TextContent).ToArray();
        Assert.Contains("INN-ZH-GAP", Codes(all, flagged: true));
        Assert.DoesNotContain("INN-ZH-DONE", Codes(all, flagged: true));
        Assert.Contains("INN-ZH-DONE", Codes(all, flagged: false));
        Assert.Contains("INN-ZH-GAP", Codes(missing, flagged: false));
        Assert.DoesNotContain("INN-ZH-DONE", Codes(missing, flagged: false));
        Assert.Equal("/catalogue?untranslated=zh-CN", all.One(".translation-gap").GetAttribute("href"));
        Assert.Contains("审批加速器", chinese.QuerySelectorAll("tbody tr").Single(r => r.One("code").TextContent == "INN-ZH-DONE").TextContent);
        Assert.Contains("INN-ZH-DONE", Codes(Html.Parse(await rep.GetPageAsync("/catalogue?q=审批加速")), flagged: false));
    }

    [Fact]
    public async Task TheTaxonomyPageKeepsChineseNamesAndRefusesAnOverlongOne()
    {
        var product = await app.SignInAsync("product@demo.local");

        var saved = await product.SubmitFormAsync("/catalogue/categories", "/catalogue/categories", new Dictionary<string, string>
        {
            ["Code"] = "ZH-QUEUE",
            ["Name"] = "Long queues",
            ["Description"] = "",
            ["Translations[zh-CN].Name"] = "排队时间长",
            ["Translations[zh-CN].Description"] = "",
        });
        var refused = await product.SubmitFormAsync("/catalogue/categories", "/catalogue/categories/ZH-QUEUE", new Dictionary<string, string>
        {
            ["Name"] = "Long queues",
            ["Description"] = "",
            ["Translations[zh-CN].Name"] = new string('排', 81),
        });
        var page = Html.Parse(await product.GetPageAsync("/catalogue/categories"));
        var chinese = Html.Parse(await product.GetPageAsync("/catalogue/categories?lang=zh-CN"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("81 characters", Html.Parse(await refused.Content.ReadAsStringAsync()).One("#ZH-QUEUE-Name-zh-CN ~ .field__error").TextContent);
        Assert.Equal("排队时间长", page.One("#ZH-QUEUE-Name-zh-CN").GetAttribute("value"));
        Assert.Contains("排队时间长", chinese.One("#category-ZH-QUEUE strong").TextContent);
        Assert.Contains("Long queues", page.One("#category-ZH-QUEUE strong").TextContent);
    }
}
