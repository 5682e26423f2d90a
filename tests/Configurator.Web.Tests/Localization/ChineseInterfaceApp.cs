using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Localization;

/// <summary>The demo app plus proposals in the states people meet them (a Chinese draft, one waiting for approval), so the crawl reaches the builder and the queue.</summary>
public sealed class ChineseInterfaceApp : AppFactory
{
    /// <summary>The crawl reads what users typed straight from the SQLite file (<see cref="EnglishLeftOver"/>).</summary>
    public override Configurator.Web.Data.DatabaseProvider Provider => Configurator.Web.Data.DatabaseProvider.Sqlite;

    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _ready;

    public async Task EnsureProposalsAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_ready)
            {
                return;
            }
            var presales = await ApiClientAsync("presales@demo.local");
            var list = await presales.GetFromJsonAsync<JsonElement>("/api/v1/opportunities?stage=discovery&pageSize=5");
            var opportunities = list.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ToList();
            Assert.True(opportunities.Count >= 2, "The demo has too few opportunities in discovery for the crawl.");

            await CreateAsync(presales, opportunities[0], "zh-CN");
            var waiting = await CreateAsync(presales, opportunities[1], "zh-CN");
            var option = waiting.GetProperty("options")[0];
            var line = option.GetProperty("lines")[0];
            var discounted = await presales.PatchAsJsonAsync(
                $"/api/v1/proposals/{waiting.GetProperty("id").GetInt32()}/options/{option.GetProperty("id").GetInt32()}/lines/{line.GetProperty("id").GetInt32()}",
                new { discountPercent = 50, version = waiting.GetProperty("version").GetInt32() });
            Assert.Equal(HttpStatusCode.OK, discounted.StatusCode);
            var submitted = await presales.PostAsJsonAsync($"/api/v1/proposals/{waiting.GetProperty("id").GetInt32()}/submit", new { comment = "三年期合同，对手报价更低" });
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            _ready = true;
        }
        finally
        {
            _once.Release();
        }
    }

    private static async Task<JsonElement> CreateAsync(HttpClient presales, int opportunityId, string language)
    {
        var created = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunityId}/proposals",
            new { title = "解决方案建议书", language, termMonths = 36, recommend = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }
}
