using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Discovery;

/// <summary>
/// The timeline keeps its sentences as words: a Chinese reader reads each entry in Chinese (stages, roles,
/// dates, money and playbook actions included, what people typed as typed), an English reader reads the
/// sentence as recorded, and entries recorded before words were kept still show as recorded.
/// </summary>
public sealed class TimelineLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int AccountId, int OpportunityId, int PainId)> DealWithHistoryAsync(string name)
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name}有限公司", region = "Greater China", allowSimilar = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var accountId = account.GetProperty("id").GetInt32();
        var created = await (await api.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId,
            name,
            currency = "CNY",
            expectedClose = "2027-03-31",
            stakeholders = new[] { new { key = "s1", name = "周婷", role = "champion", stance = "supporter", influence = 4 } },
            painPoints = new[] { new { title = "月底对账靠手工", category = "SLOW-FULFIL", severity = 3, annualImpact = 220000, raisedBy = "s1" } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunityId = created.GetProperty("id").GetInt32();
        var pain = created.GetProperty("painPoints")[0];
        var painId = pain.GetProperty("id").GetInt32();
        var changed = await api.PutAsJsonAsync($"/api/v1/opportunities/{opportunityId}/pain-points/{painId}", new
        {
            title = "月底对账靠手工",
            category = "SLOW-FULFIL",
            severity = 4,
            annualImpact = 300000,
            raisedBy = pain.GetProperty("raisedBy").ToString(),
            version = pain.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var version = (await (await api.GetAsync($"/api/v1/opportunities/{opportunityId}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var step = await api.PatchAsJsonAsync($"/api/v1/opportunities/{opportunityId}", new { nextStep = "现场拜访财务总监", nextStepDue = "2031-05-01", version });
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        var rep = await app.SignInAsync("rep@demo.local");
        var moved = await rep.SubmitFormAsync($"/opportunities/{opportunityId}", $"/opportunities/{opportunityId}/stage",
            [new("Stage", "solution-design"), new("Reason", "客户要求先看方案")]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        return (accountId, opportunityId, painId);
    }

    private static string Timeline(string html) => Html.Parse(html).One("ol.timeline").TextContent;

    [Fact]
    public async Task AChineseReaderReadsEveryEntryInChinese()
    {
        var deal = await DealWithHistoryAsync("对账项目");
        var rep = await app.SignInAsync("rep@demo.local");
        rep.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));

        var opportunity = Timeline(await rep.GetPageAsync($"/opportunities/{deal.OpportunityId}"));
        var account = Timeline(await rep.GetPageAsync($"/accounts/{deal.AccountId}"));

        Assert.Contains("创建了商机 对账项目，含 1 个痛点和 1 位联系人", opportunity);
        Assert.Contains("修改了痛点“月底对账靠手工”", opportunity);
        Assert.Contains("严重程度 3 → 4；年度影响 ¥220,000 → ¥300,000", opportunity);
        Assert.Contains("设定了 对账项目 的下一步（截止 2031年5月1日）：现场拜访财务总监", opportunity);
        Assert.Contains("将 对账项目 从需求调研推进到方案设计（仍有未完成的销售流程动作）", opportunity);
        Assert.Contains("原因：客户要求先看方案", opportunity);
        Assert.Contains("未完成：", opportunity);
        Assert.DoesNotContain("Capture at least three", opportunity);
        Assert.Contains("创建了客户 对账项目有限公司", account);
        Assert.DoesNotContain("Moved", account);
        Assert.DoesNotContain("Started", account);
    }

    [Fact]
    public async Task AnEnglishReaderReadsTheSentencesAsRecorded()
    {
        var deal = await DealWithHistoryAsync("Reconciliation");
        var rep = await app.SignInAsync("rep@demo.local");

        var timeline = Timeline(await rep.GetPageAsync($"/opportunities/{deal.OpportunityId}"));

        Assert.Contains("Started the opportunity Reconciliation with 1 pain point and 1 person", timeline);
        Assert.Contains("severity 3 → 4; annual impact CNY 220,000 → CNY 300,000", timeline);
        Assert.Contains("Set the next step of Reconciliation, due 1 May 2031: 现场拜访财务总监", timeline);
        Assert.Contains("Moved Reconciliation from Discovery to Solution design with playbook actions open", timeline);
        Assert.Contains("Open: Capture at least three pain points in the client's words", timeline);
        Assert.Contains("Reason: 客户要求先看方案", timeline);
    }

    [Fact]
    public async Task AnEntryRecordedBeforeWordsWereKeptShowsAsRecorded()
    {
        var deal = await DealWithHistoryAsync("Old entries");
        using (var scope = app.Services.CreateScope())
        {
            // Written as the app wrote it before it kept the words: no Words, on either provider.
            var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
            var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Activity" ("AccountId", "OpportunityId", "At", "ActorId", "Kind", "Summary", "Detail", "Words")
                VALUES ({deal.AccountId}, {deal.OpportunityId}, {at}, '', 'OpportunityChanged', 'Edited the details of Old entries before the upgrade', '', NULL)
                """);
        }
        var rep = await app.SignInAsync("rep@demo.local");
        rep.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));

        var timeline = Timeline(await rep.GetPageAsync($"/opportunities/{deal.OpportunityId}"));

        Assert.Contains("Edited the details of Old entries before the upgrade", timeline);
        Assert.Contains("创建了商机 Old entries", timeline);
    }
}
