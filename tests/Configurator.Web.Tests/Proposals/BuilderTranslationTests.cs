using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Proposals;

/// <summary>A proposal in Chinese shows and prints the catalogue's Chinese words, and the builder warns about items that have none.</summary>
public sealed class BuilderTranslationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Catalogue = """
        {
          "categories": [{ "code": "ZH-SLOW-SIGN", "name": "Slow approvals", "description": "" }],
          "items": [
            { "code": "INN-ZH-SIGN", "kind": "innovation", "name": "Approval Booster", "summary": "Routes sign-off to phones.",
              "proposalText": "{{ client.name }} approves in minutes.", "status": "active",
              "pricing": { "model": "monthly", "unit": "user", "maxDiscountPercent": 10, "prices": [{ "currency": "EUR", "listPrice": 20 }] },
              "addresses": [{ "category": "ZH-SLOW-SIGN", "strength": 3 }], "differentiators": ["Works from WeChat"],
              "translations": { "zh-CN": { "name": "审批加速器", "summary": "把审批推送到手机上。", "proposalText": "{{ client.name }} 几分钟即可完成审批。",
                                           "unit": "用户", "differentiators": ["支持在微信中审批"] } } },
            { "code": "SVC-ZH-COACH", "kind": "service", "name": "Approval Coaching", "summary": "Two days with the approvers.",
              "proposalText": "Our coach works with {{ client.name }}.", "status": "active",
              "pricing": { "model": "one-time", "unit": "day", "maxDiscountPercent": 10, "prices": [{ "currency": "EUR", "listPrice": 900 }] },
              "addresses": [{ "category": "ZH-SLOW-SIGN", "strength": 2 }], "differentiators": ["Coaches who ran approval desks"] }
          ]
        }
        """;

    private const string CoachInChinese = """
        { "items": [{ "code": "SVC-ZH-COACH", "translations": { "zh-CN": {
            "name": "审批辅导", "summary": "与审批人共处两天。", "proposalText": "我们的顾问与{{ client.name }}一起工作。", "unit": "天",
            "differentiators": ["顾问都管理过审批部门"] } } }] }
        """;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static int Version(JsonElement proposal) => proposal.GetProperty("version").GetInt32();

    private static JsonElement Option(JsonElement proposal) => proposal.GetProperty("options")[0];

    private static async Task<JsonElement> AddAsync(HttpClient presales, int id, JsonElement proposal, string code)
    {
        var response = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{Option(proposal).GetProperty("id").GetInt32()}/lines", new { itemCode = code, version = Version(proposal) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task AChineseProposalShowsChineseNamesAndWarnsUntilEveryItemIsTranslated()
    {
        var product = await app.ApiClientAsync("product@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await product.PostAsync("/api/v1/catalogue/import", Json(Catalogue))).StatusCode);
        var (presalesApi, id) = await app.ApprovedProposalAsync("华东审批科技有限公司", "审批提速", "zh-CN", [], recommend: false);
        var proposal = await presalesApi.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        proposal = await AddAsync(presalesApi, id, proposal, "INN-ZH-SIGN");
        proposal = await AddAsync(presalesApi, id, proposal, "SVC-ZH-COACH");
        var presales = await app.SignInAsync("presales@demo.local");

        var before = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));
        var search = Html.Parse(await presales.GetPageAsync($"/proposals/{id}/options/{Option(proposal).GetProperty("id").GetInt32()}/addable?itemCode=approval"));
        var preview = await presalesApi.GetStringAsync($"/api/v1/proposals/{id}/preview");

        var names = before.QuerySelectorAll(".line__name").Select(n => n.TextContent).ToList();
        Assert.Contains(names, n => n.Contains("审批加速器", StringComparison.Ordinal) && n.Contains("INN-ZH-SIGN", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("Approval Coaching", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("Approval Booster", StringComparison.Ordinal));
        var warning = before.One("#untranslated-items").TextContent;
        Assert.Contains("SVC-ZH-COACH", warning);
        Assert.Contains("Name, Proposal text, Unit, Differentiators", warning);
        Assert.DoesNotContain("INN-ZH-SIGN", warning);
        Assert.Contains("审批加速器", search.One(".addable").TextContent);
        Assert.Contains("几分钟即可完成审批", preview);
        Assert.Contains("支持在微信中审批", preview);
        Assert.DoesNotContain("Approval Booster", preview);
        Assert.Contains("Approval Coaching", preview);

        // The product manager translates the item; a line keeps the words it was added with until it is added again.
        Assert.Equal(HttpStatusCode.OK, (await product.PostAsync("/api/v1/catalogue/import", Json(CoachInChinese))).StatusCode);
        var coach = Option(proposal).GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("itemCode").GetString() == "SVC-ZH-COACH");
        Assert.Contains("SVC-ZH-COACH", Html.Parse(await presales.GetPageAsync($"/proposals/{id}")).One("#untranslated-items").TextContent);
        var removed = await presalesApi.DeleteAsync($"/api/v1/proposals/{id}/options/{Option(proposal).GetProperty("id").GetInt32()}/lines/{coach.GetProperty("id").GetInt32()}?version={Version(proposal)}");
        proposal = await removed.Content.ReadFromJsonAsync<JsonElement>();
        await AddAsync(presalesApi, id, proposal, "SVC-ZH-COACH");

        var after = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));
        Assert.Null(after.QuerySelector("#untranslated-items"));
        Assert.Contains(after.QuerySelectorAll(".line__name"), n => n.TextContent.Contains("审批辅导", StringComparison.Ordinal));
        Assert.Contains("顾问都管理过审批部门", await presalesApi.GetStringAsync($"/api/v1/proposals/{id}/preview"));
    }

    [Fact]
    public async Task AChineseReaderOfAChineseProposalReadsItemsByTheirChineseNamesInEveryMessage()
    {
        var product = await app.ApiClientAsync("product@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await product.PostAsync("/api/v1/catalogue/import", Json(Catalogue))).StatusCode);
        var (presalesApi, id) = await app.ApprovedProposalAsync("华南审批有限公司", "审批提速二期", "zh-CN",
            [new { title = "审批要等三天", category = "ZH-SLOW-SIGN", severity = 4, annualImpact = 50000m }], recommend: false);
        var proposal = await presalesApi.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        proposal = await AddAsync(presalesApi, id, proposal, "INN-ZH-SIGN");
        var line = Option(proposal).GetProperty("lines")[0].GetProperty("id").GetInt32();
        var discounted = await presalesApi.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{Option(proposal).GetProperty("id").GetInt32()}/lines/{line}",
            new { discountPercent = 20, version = Version(proposal) });
        Assert.Equal(HttpStatusCode.OK, discounted.StatusCode);
        var presales = await app.SignInAsync("presales@demo.local");
        presales.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var page = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));

        var issues = string.Join("\n", page.QuerySelectorAll(".issue").Select(i => i.TextContent));
        Assert.Contains("审批加速器（INN-ZH-SIGN）", issues);
        Assert.Contains("。需审批人同意。", issues); // sentences follow each other without a Latin space
        Assert.DoesNotContain("。 ", page.One(".line__reason").TextContent);
        Assert.DoesNotContain("Approval Booster", page.Body!.TextContent);
        Assert.Equal("数量（用户）", page.One($"label[for=quantity-{line}]").TextContent.Trim());
        Assert.Contains("审批加速器", page.One("#pains").TextContent);
    }

    [Fact]
    public async Task AnEnglishProposalKeepsTheEnglishWordsAndHasNoTranslationWarning()
    {
        var product = await app.ApiClientAsync("product@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await product.PostAsync("/api/v1/catalogue/import", Json(Catalogue))).StatusCode);
        var (presalesApi, id) = await app.ApprovedProposalAsync("Approvals Ltd", "Faster approvals", "en", [], recommend: false);
        var proposal = await presalesApi.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        await AddAsync(presalesApi, id, proposal, "SVC-ZH-COACH");
        var presales = await app.SignInAsync("presales@demo.local");

        var page = Html.Parse(await presales.GetPageAsync($"/proposals/{id}"));

        Assert.Null(page.QuerySelector("#untranslated-items"));
        Assert.Contains("Approval Coaching", page.One(".line__name").TextContent);
    }
}
