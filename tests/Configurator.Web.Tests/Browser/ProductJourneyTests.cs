using System.Text.Json.Nodes;

namespace Configurator.Web.Tests.Browser;

/// <summary>Journey 1: a product manager adds an innovation with a rule and a proposal text, then imports a catalogue file, broken first.</summary>
public sealed class ProductJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static JsonObject Item(string code, string name, string currency) => new()
    {
        ["code"] = code,
        ["kind"] = "service",
        ["name"] = name,
        ["status"] = "active",
        ["summary"] = "Imported in the journey",
        ["proposalText"] = "For {{ client.name }}: a week of tuning.",
        ["pricing"] = new JsonObject
        {
            ["model"] = "one-time",
            ["unit"] = "package",
            ["maxDiscountPercent"] = 10,
            ["prices"] = new JsonArray(new JsonObject { ["currency"] = currency, ["listPrice"] = 4000 }),
        },
        ["quantity"] = new JsonObject { ["min"] = 1, ["max"] = 3, ["default"] = 1 },
        ["addresses"] = new JsonArray(new JsonObject { ["category"] = "STOCK-ERRORS", ["strength"] = 2 }),
        ["requires"] = new JsonArray(),
        ["excludes"] = new JsonArray(),
        ["differentiators"] = new JsonArray("Done by the people who built it"),
    };

    [Fact]
    public async Task AProductManagerAddsAnInnovationAndImportsAFileAfterFixingIt()
    {
        await using var product = await app.SessionAsync("1-product");
        var page = product.Page;

        await product.StepAsync("add an innovation with a rule and a proposal text", async () =>
        {
            await product.SignInAsync("product@demo.local");
            await product.GoAsync("/catalogue/items/new");
            await product.FillAsync("#Code", "INN-JOURNEY-SCAN");
            await product.FillAsync("#Name", "Shelf scan assistant");
            await page.SelectAsync("#Kind", "innovation");
            await page.SelectAsync("#Status", "active");
            await page.SelectAsync("#Model", "annual");
            await product.FillAsync("#Unit", "site");
            await product.FillAsync("#MaxDiscountPercent", "10");
            await product.FillAsync("#MinQuantity", "1");
            await product.FillAsync("#MaxQuantity", "20");
            await product.FillAsync("#DefaultQuantity", "1");
            await product.FillAsync("#Prices_0_Currency", "EUR");
            await product.FillAsync("#Prices_0_ListPrice", "6000");
            await page.SelectAsync("#strength-STOCK-ERRORS", "3");
            // The rule picker: search by part of the code, move into the results with the arrow key, pick with Enter.
            await page.TypeAsync("#Requires-search", "wms");
            await page.WaitForSelectorAsync("#Requires-results [data-code='STD-WMS-LITE']");
            await page.Keyboard.PressAsync("ArrowDown");
            Assert.Equal("STD-WMS-CORE", await page.EvaluateExpressionAsync<string>("document.activeElement.getAttribute('data-code')"));
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForSelectorAsync("#Requires-chosen input[value='STD-WMS-CORE']:checked");
            Assert.Equal("Requires-search", await page.EvaluateExpressionAsync<string>("document.activeElement.id"));
            Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#Requires-results [data-rule-add]').length"));
            await page.TypeAsync("#Differentiators", "Counts shelves while the robots charge");
            await page.TypeAsync("#ProposalText", "{{ client.name }} sees every shelf counted overnight.");
            // The live preview renders the text with sample client data while it is typed.
            await product.WaitForTextAsync("#text-preview", "Nordby Foods sees every shelf counted overnight.");
            await product.AssertAccessibleAsync();
            await product.ScreenshotAsync("new-innovation");
            await product.ClickAndWaitForPageAsync("form.editor button[type=submit]");
            await product.WaitForTextAsync("h1", "Shelf scan assistant");
            Assert.Contains("STD-WMS-CORE", await product.TextAsync("main"));
        });

        var file = Path.Combine(product.Folder, "catalogue.json");
        await product.StepAsync("import a file with one broken item and see every error", async () =>
        {
            var broken = Item("SVC-JOURNEY-BAD", "", "EURO");
            broken["quantity"] = new JsonObject { ["min"] = 5, ["max"] = 2, ["default"] = 1 };
            await File.WriteAllTextAsync(file, new JsonObject
            {
                ["categories"] = new JsonArray(),
                ["items"] = new JsonArray(Item("SVC-JOURNEY-OK", "Stock tuning week", "EUR"), broken),
            }.ToJsonString());
            await product.GoAsync("/catalogue/import");
            var input = await page.QuerySelectorAsync("#import-file");
            await input.UploadFileAsync(file);
            await product.ClickAndWaitForPageAsync("form[action='/catalogue/import'] button[type=submit]");
            var issues = await product.TextAsync("#import-issues");
            Assert.Contains("items[1]", issues);
            Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#import-issues tbody tr').length") >= 3, issues);
            Assert.Contains("EURO", issues);
            await product.WaitForTextAsync("#issues-heading", "nothing was imported");
            await product.AssertAccessibleAsync();
            await product.ScreenshotAsync("import-errors");
        });

        await product.StepAsync("fix the file, check it again and import it", async () =>
        {
            await File.WriteAllTextAsync(file, new JsonObject
            {
                ["categories"] = new JsonArray(),
                ["items"] = new JsonArray(Item("SVC-JOURNEY-OK", "Stock tuning week", "EUR"), Item("SVC-JOURNEY-BAD", "Cycle count coaching", "EUR")),
            }.ToJsonString());
            var input = await page.QuerySelectorAsync("#import-file");
            await input.UploadFileAsync(file);
            await product.ClickAndWaitForPageAsync("form[action='/catalogue/import'] button[type=submit]");
            await product.WaitForTextAsync("#plan-heading", "2 to create");
            await product.ScreenshotAsync("import-plan");
            await product.ClickAndWaitForPageAsync("form[action='/catalogue/import/apply'] button[type=submit]");
            await product.WaitForTextAsync("main", "Imported: 2 created");
            await product.GoAsync("/catalogue?q=JOURNEY");
            var list = await product.TextAsync("main");
            Assert.Contains("Cycle count coaching", list);
            Assert.Contains("Shelf scan assistant", list);
            await product.AssertNoHorizontalOverflowAsync(BrowserSession.Desktop);
        });

        Assert.Empty(product.Problems);
    }
}
