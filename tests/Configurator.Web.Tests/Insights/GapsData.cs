using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Insights;

/// <summary>
/// A small hand-made data set for the gaps, heatmap and coverage views, loaded through the API once per test class:
/// three new categories (one no active item answers, one answered only weakly, one answered well), an industry of its
/// own so its figures can be read apart from the demo data, and deals of two reps in two currencies, one of them won.
/// <list type="bullet">
/// <item>A (rep, EUR, open): none 100000 (severity 4), none unquantified (severity 2), weak 20000, well 50000; a proposal.</item>
/// <item>B (rep, USD, open): none 30000, weak unquantified.</item>
/// <item>C (admin's import, EUR, won): none 999000 (closed: not a gap; still in the heatmap).</item>
/// <item>D (wang.lei, EUR, open): none 7000.</item>
/// </list>
/// </summary>
public sealed class GapsData : AppFactory
{
    public const string Industry = "Gap survey industry";
    public const string Region = "Nordics";
    public const string None = "GAPX-NONE";
    public const string Weak = "GAPX-WEAK";
    public const string Well = "GAPX-WELL";
    public const string WeakItem = "GAPX-ITEM-W";
    public const string StrongItem = "GAPX-ITEM-S";

    private readonly Lazy<Task<Seeded>> _seeded;

    public GapsData() => _seeded = new(LoadAsync);

    public sealed record Seeded(int A, int B, int C, int D, int Proposal, IReadOnlyDictionary<string, int> PainsOfA);

    /// <summary>Loads the data the first time a test asks; later tests (and a failed load) get the same answer.</summary>
    public Task<Seeded> SeedAsync() => _seeded.Value;

    private async Task<Seeded> LoadAsync()
    {
        var product = await ApiClientAsync("product@demo.local");
        var catalogue = await product.PostAsJsonAsync("/api/v1/catalogue/import", new
        {
            categories = new[]
            {
                new { code = None, name = "Gap survey: nothing answers", description = "No active item answers it." },
                new { code = Weak, name = "Gap survey: weakly answered", description = "Only a weak item answers it." },
                new { code = Well, name = "Gap survey: well answered", description = "A strong item answers it." },
            },
            items = new object[]
            {
                Item(WeakItem, "active", Weak, 1),
                Item(StrongItem, "active", Well, 3),
                // A draft that would answer the first category well: only active items count.
                Item("GAPX-ITEM-DRAFT", "draft", None, 3),
            },
        });
        Assert.Equal(HttpStatusCode.OK, catalogue.StatusCode);

        var rep = await ApiClientAsync("rep@demo.local");
        var other = await ApiClientAsync("wang.lei@demo.local");
        var admin = await ApiClientAsync("admin@demo.local");
        var account = await CreateAsync(rep, "/api/v1/accounts", new { name = "Gap Survey Logistics AB", industry = Industry, region = Region, allowSimilar = true });
        var otherAccount = await CreateAsync(other, "/api/v1/accounts", new { name = "Gap Survey Shipping Oy", industry = Industry, region = Region, allowSimilar = true });
        var adminAccount = await CreateAsync(admin, "/api/v1/accounts", new { name = "Gap Survey Archive SA", industry = Industry, region = Region, allowSimilar = true });

        var a = await OpportunityAsync(rep, account, "Gap survey A", "EUR", null,
            Pain("Orders wait a day", None, 4, 100000m, "We lose a day on every order"),
            Pain("Returns pile up", None, 2, null, "Returns sit in a corner"),
            Pain("Labels printed by hand", Weak, 3, 20000m, "Someone types every label"),
            Pain("Stock counts wrong", Well, 5, 50000m, "The counts never match"));
        var b = await OpportunityAsync(rep, account, "Gap survey B", "USD", null,
            Pain("Carrier invoices unchecked", None, 3, 30000m, "Nobody checks the carrier's bill"),
            Pain("Pallets mislabelled", Weak, 2, null, ""));
        var c = await OpportunityAsync(admin, adminAccount, "Gap survey C", "EUR", true,
            Pain("An old pain", None, 5, 999000m, "This was long ago"));
        var d = await OpportunityAsync(other, otherAccount, "Gap survey D", "EUR", null,
            Pain("Dock doors idle", None, 3, 7000m, "Trucks queue while doors stand idle"));

        var presales = await ApiClientAsync("presales@demo.local");
        var painsOfA = (await presales.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{a}")).GetProperty("painPoints").EnumerateArray()
            .ToDictionary(p => p.GetProperty("title").GetString()!, p => p.GetProperty("id").GetInt32());
        var proposal = await CreateAsync(presales, $"/api/v1/opportunities/{a}/proposals", new { title = "Gap survey proposal", language = "en", termMonths = 36, recommend = false });
        var first = (await OptionIdsAsync(presales, proposal)).Single();
        await Ok(presales.PostAsJsonAsync($"/api/v1/proposals/{proposal}/options/{first}/lines", new { itemCode = WeakItem, quantity = 1, version = await VersionAsync(presales, proposal) }));
        await Ok(presales.PostAsJsonAsync($"/api/v1/proposals/{proposal}/options", new { name = "Better", version = await VersionAsync(presales, proposal) }));
        await Ok(presales.PostAsJsonAsync($"/api/v1/proposals/{proposal}/options", new { name = "Best", version = await VersionAsync(presales, proposal) }));
        var options = await OptionIdsAsync(presales, proposal);
        Assert.Equal(3, options.Count);
        // The recommended option (the second of three) has the weak and the strong item; the third has nothing.
        await Ok(presales.PostAsJsonAsync($"/api/v1/proposals/{proposal}/options/{options[1]}/lines", new { itemCode = WeakItem, quantity = 1, version = await VersionAsync(presales, proposal) }));
        await Ok(presales.PostAsJsonAsync($"/api/v1/proposals/{proposal}/options/{options[1]}/lines", new { itemCode = StrongItem, quantity = 1, version = await VersionAsync(presales, proposal) }));
        // The proposal explains why it leaves one pain open: that one is not uncovered.
        await Ok(presales.PutAsJsonAsync($"/api/v1/proposals/{proposal}/pain-points/{painsOfA["Returns pile up"]}/note",
            new { text = "Returns are handled by the client's carrier.", version = await VersionAsync(presales, proposal) }));
        return new Seeded(a, b, c, d, proposal, painsOfA);
    }

    private static object Item(string code, string status, string category, int strength) => new
    {
        code,
        kind = "innovation",
        name = $"Gap survey item {code}",
        status,
        summary = "An item for the gap survey.",
        proposalText = "It helps {{ client.name }}.",
        pricing = new { model = "one-time", unit = "site", maxDiscountPercent = 10, prices = new[] { new { currency = "EUR", listPrice = 1000m, unitCost = 100m }, new { currency = "USD", listPrice = 1100m, unitCost = 110m } } },
        quantity = new { min = 1, max = 10, @default = 1 },
        addresses = new[] { new { category, strength } },
        requires = Array.Empty<string>(),
        excludes = Array.Empty<string>(),
        differentiators = Array.Empty<string>(),
    };

    private static object Pain(string title, string category, int severity, decimal? annualImpact, string clientWords) =>
        new { title, category, severity, annualImpact, clientWords };

    private static async Task<int> OpportunityAsync(HttpClient api, int accountId, string name, string currency, bool? import, params object[] painPoints) =>
        await CreateAsync(api, "/api/v1/opportunities", new { accountId, name, currency, stage = import == true ? "won" : "discovery", import, painPoints });

    private static async Task<int> CreateAsync(HttpClient api, string path, object body)
    {
        var answer = await api.PostAsJsonAsync(path, body);
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.Created, $"{path}: {answer.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }

    private static async Task Ok(Task<HttpResponseMessage> request)
    {
        var answer = await request;
        Assert.True(answer.IsSuccessStatusCode, $"{answer.RequestMessage?.RequestUri}: {answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }

    private static async Task<int> VersionAsync(HttpClient api, int proposal) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{proposal}")).GetProperty("version").GetInt32();

    private static async Task<List<int>> OptionIdsAsync(HttpClient api, int proposal) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{proposal}")).GetProperty("options").EnumerateArray()
            .Select(o => o.GetProperty("id").GetInt32()).ToList();
}
