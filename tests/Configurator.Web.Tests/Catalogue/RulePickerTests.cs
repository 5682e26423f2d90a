using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Catalogue;

/// <summary>The requires/excludes pickers of the item editor, with a catalogue of over a thousand items.</summary>
public sealed class RulePickerTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private const int VolumeItems = 1_200;

    public async Task InitializeAsync()
    {
        var api = await app.ApiClientAsync("product@demo.local");
        if ((await api.GetAsync("/api/v1/catalogue/items/VOL-0001")).StatusCode == HttpStatusCode.OK)
        {
            return;
        }
        var items = new JsonArray(Enumerable.Range(1, VolumeItems).Select(n => (JsonNode)new JsonObject
        {
            ["code"] = $"VOL-{n:D4}",
            ["kind"] = "standard",
            ["name"] = $"Volume module {n}",
            ["status"] = "draft",
            ["pricing"] = new JsonObject { ["model"] = "monthly", ["unit"] = "user", ["maxDiscountPercent"] = 0, ["prices"] = new JsonArray() },
        }).ToArray());
        var response = await api.PostAsync("/api/v1/catalogue/import", new StringContent(new JsonObject { ["items"] = items }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string> NewItem(string code) => new()
    {
        ["Code"] = code,
        ["Name"] = "Picker check",
        ["Kind"] = "innovation",
        ["Status"] = "draft",
        ["Summary"] = "",
        ["Model"] = "annual",
        ["Unit"] = "site",
        ["MaxDiscountPercent"] = "10",
        ["MinQuantity"] = "1",
        ["MaxQuantity"] = "1",
        ["DefaultQuantity"] = "1",
        ["ProposalText"] = "",
        ["Version"] = "0",
    };

    private static async Task<AngleSharp.Dom.IDocument> SearchAsync(HttpClient product, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/catalogue/rules/search?field=Requires&self=INN-ERP-BRIDGE&RequiresAdd={Uri.EscapeDataString(query)}");
        request.Headers.Add("HX-Request", "true");
        var response = await product.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Html.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheEditorShowsTheChosenItemsNotTheWholeCatalogue()
    {
        var product = await app.SignInAsync("product@demo.local");

        var page = Html.Parse(await product.GetPageAsync("/catalogue/items/INN-ERP-BRIDGE/edit"));

        var chosen = page.QuerySelectorAll("#Requires-chosen input[name='Requires']");
        Assert.Equal(["STD-WMS-CORE"], chosen.Select(c => c.GetAttribute("value")));
        Assert.All(chosen, c => Assert.True(c.HasAttribute("checked")));
        Assert.Empty(page.QuerySelectorAll("#Excludes-chosen input"));
        Assert.Empty(page.QuerySelectorAll("[data-rule-add]"));
        Assert.DoesNotContain("VOL-0001", page.Body!.InnerHtml);
        Assert.Equal("/catalogue/rules/search?field=Requires&self=INN-ERP-BRIDGE", page.Attr("#Requires-search", "hx-get"));
    }

    [Fact]
    public async Task TheSearchFindsByCodeOrNameAFewAtATimeAndNeverTheItemItself()
    {
        var product = await app.SignInAsync("product@demo.local");

        var many = await SearchAsync(product, "vol-");
        var byName = await SearchAsync(product, "Volume module 1199");
        var self = await SearchAsync(product, "ERP");
        var none = await SearchAsync(product, "nothing like this");

        Assert.Equal(8, many.QuerySelectorAll("[data-rule-add]").Length);
        Assert.Equal("VOL-0001", many.Attr("[data-rule-add]", "data-code"));
        Assert.Contains($"{VolumeItems - 8} more", many.One("#Requires-results").TextContent);
        Assert.Equal(["VOL-1199"], byName.QuerySelectorAll("[data-rule-add]").Select(b => b.GetAttribute("data-code")));
        Assert.DoesNotContain(self.QuerySelectorAll("[data-rule-add]"), b => b.GetAttribute("data-code") == "INN-ERP-BRIDGE");
        Assert.Contains("No item matches", none.One("#Requires-results").TextContent);
    }

    [Fact]
    public async Task WithoutScriptTypedCodesAreAddedOnSave()
    {
        var product = await app.SignInAsync("product@demo.local");
        var form = NewItem("INN-TYPED-RULES").ToList();
        form.Add(new("Requires", "STD-WMS-CORE"));
        form.Add(new("RequiresAdd", "STD-MOBILE, VOL-0042"));
        form.Add(new("ExcludesAdd", "STD-WMS-LITE"));

        var response = await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", form);
        var item = await (await app.ApiClientAsync("rep@demo.local")).GetFromJsonAsync<JsonElement>("/api/v1/catalogue/items/INN-TYPED-RULES");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["STD-WMS-CORE", "STD-MOBILE", "VOL-0042"], item.GetProperty("requires").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["STD-WMS-LITE"], item.GetProperty("excludes").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task AnUnknownTypedCodeIsRefusedNextToThePickerAndStaysChosen()
    {
        var product = await app.SignInAsync("product@demo.local");
        var form = NewItem("INN-BAD-RULE").ToList();
        form.Add(new("RequiresAdd", "NOPE-CODE"));

        var response = await product.SubmitFormAsync("/catalogue/items/new", "/catalogue/items/new", form);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No item has the code NOPE-CODE", page.One("[data-rule-picker='Requires'] .field__error").TextContent);
        Assert.Equal("NOPE-CODE", page.Attr("#Requires-chosen input[name='Requires']", "value"));
        Assert.Equal(HttpStatusCode.NotFound, (await product.GetAsync("/catalogue/items/INN-BAD-RULE")).StatusCode);
    }

    [Fact]
    public async Task OnlyProductManagersSearch()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync("/catalogue/rules/search?field=Requires&RequiresAdd=STD")).StatusCode);
    }
}
