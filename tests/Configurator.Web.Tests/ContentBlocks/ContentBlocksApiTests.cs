using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.ContentBlocks;

/// <summary>Content blocks through the API: listed by tag, suggested for a proposal's client, copied into its references as the sections page does; bad input is refused with field paths.</summary>
public sealed class ContentBlocksApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<int> BlockAsync(string title, string titleZh, string industry, string category)
    {
        var product = await app.SignInAsync("product@demo.local");
        var created = await product.SubmitFormAsync("/catalogue/blocks/new", "/catalogue/blocks",
            [new("Kind", "case-study"), new("Title", title), new("Text", $"{title} did **well**."), new("TitleZh", titleZh), new("TextZh", $"{titleZh}做得很好。"),
             new("Industries", industry), new("Categories", category), new("Version", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('?')[0].Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<int>> IdsAsync(HttpClient api, string query)
    {
        var answer = await api.GetAsync("/api/v1/content-blocks" + query);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return [.. (await answer.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(b => b.GetProperty("id").GetInt32())];
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task BlocksAreListedByIndustryAndPainCategoryAndAnUnknownFilterIsRefused()
    {
        var fashion = await BlockAsync("Lindqvist Mode counts right", "林奎斯特时装", "Fashion", "STOCK-ERRORS");
        var machinery = await BlockAsync("Holm Maskin passes audits", "霍尔姆机械", "Machinery", "COMPLIANCE");
        var api = await app.ApiClientAsync("rep@demo.local");

        var all = await IdsAsync(api, "");
        var byIndustry = await IdsAsync(api, "?industry=fashion");
        var byCategory = await IdsAsync(api, "?painCategory=COMPLIANCE");
        var both = await IdsAsync(api, "?industry=Fashion&painCategory=COMPLIANCE");
        var unknownCategory = await ErrorsAsync(await api.GetAsync("/api/v1/content-blocks?painCategory=NOT-A-PAIN"));
        var longIndustry = await ErrorsAsync(await api.GetAsync("/api/v1/content-blocks?industry=" + new string('x', 101)));
        var listed = (await api.GetFromJsonAsync<JsonElement>("/api/v1/content-blocks?industry=Fashion")).EnumerateArray().Single(b => b.GetProperty("id").GetInt32() == fashion);

        Assert.Contains(fashion, all);
        Assert.Contains(machinery, all);
        Assert.Contains(fashion, byIndustry);
        Assert.DoesNotContain(machinery, byIndustry);
        Assert.Contains(machinery, byCategory);
        Assert.DoesNotContain(fashion, byCategory);
        Assert.DoesNotContain(fashion, both);
        Assert.DoesNotContain(machinery, both);
        Assert.Contains("STOCK-ERRORS", unknownCategory.GetProperty("painCategory")[0].GetString());
        Assert.Contains("100 characters", longIndustry.GetProperty("industry")[0].GetString());
        Assert.Equal("林奎斯特时装", listed.GetProperty("titleZh").GetString());
        Assert.Equal(["Fashion"], listed.GetProperty("industries").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["STOCK-ERRORS"], listed.GetProperty("painCategories").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task AProposalIsSuggestedTheBlocksThatFitItsClientAndOneIsCopiedIntoItsReferences()
    {
        var fits = await BlockAsync("Sørensen Retail stocks right", "索伦森零售", "Retail and e-commerce", "STOCK-ERRORS");
        var other = await BlockAsync("Berg Kjemi audit pack", "贝格化工", "Chemicals", "COMPLIANCE");
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "苏州零售有限公司", industry = "Retail and e-commerce" })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name = "库存准确",
            currency = "CNY",
            painPoints = new object[] { new { title = "库存数据不准", category = "STOCK-ERRORS", severity = 4, annualImpact = 500000m } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var presales = await app.ApiClientAsync("presales@demo.local");
        var created = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity.GetProperty("id").GetInt32()}/proposals",
            new { title = "库存准确建议书", language = "zh-CN", termMonths = 36, recommend = true });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var version = (await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}")).GetProperty("version").GetInt32();

        var suggested = (await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/content-blocks/suggested")).EnumerateArray().ToList();
        var missingProposal = await presales.GetAsync("/api/v1/proposals/999999/content-blocks/suggested");
        var noBlock = await ErrorsAsync(await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/content-blocks", new { version }));
        var unknownBlock = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/content-blocks", new { blockId = 999999, version });
        var stale = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/content-blocks", new { blockId = fits, version = version - 1 });
        var inserted = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/content-blocks", new { blockId = fits, version });
        var references = await inserted.Content.ReadFromJsonAsync<JsonElement>();
        var section = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}/sections/references");

        var best = suggested[0];
        Assert.Equal(fits, best.GetProperty("id").GetInt32());
        Assert.Equal(3, best.GetProperty("fit").GetInt32()); // its industry (2) and one pain category (1)
        Assert.Equal("索伦森零售", best.GetProperty("title").GetString());
        Assert.Equal(["Retail and e-commerce"], best.GetProperty("matchedIndustries").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["STOCK-ERRORS"], best.GetProperty("matchedPainCategories").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain(suggested, b => b.GetProperty("id").GetInt32() == other);
        Assert.Equal(HttpStatusCode.NotFound, missingProposal.StatusCode);
        Assert.True(noBlock.TryGetProperty("blockId", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknownBlock.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inserted.StatusCode);
        Assert.Equal("references", references.GetProperty("section").GetString());
        Assert.Equal("## 索伦森零售\n\n索伦森零售做得很好。", references.GetProperty("text").GetString());
        Assert.Equal(version + 1, references.GetProperty("version").GetInt32());
        Assert.Equal(references.GetProperty("text").GetString(), section.GetProperty("text").GetString());
    }
}
