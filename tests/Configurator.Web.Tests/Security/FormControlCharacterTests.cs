using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Security;

/// <summary>Page forms follow the API's rule for text: a control character is refused next to its field and nothing is saved; tabs and line breaks stay.</summary>
public sealed class FormControlCharacterTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<int> AccountsNamedAsync(string prefix)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Accounts.CountAsync(a => a.Name.StartsWith(prefix));
    }

    [Theory]
    [InlineData("\u0007")]
    [InlineData("\u001b")]
    [InlineData("\u007f")]
    [InlineData("\u0085")]
    public async Task AControlCharacterInANewAccountsNameIsRefusedNextToTheField(string control)
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var answer = await rep.SubmitFormAsync("/accounts/new", "/accounts/new", new Dictionary<string, string>
        {
            ["Name"] = $"Bell{control}Account {(int)control[0]}",
            ["Industry"] = "Retail",
        });
        var page = Html.Parse(await answer.Content.ReadAsStringAsync());

        Assert.NotEqual(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.True((int)answer.StatusCode < 500);
        Assert.Contains($"Remove the invisible control character (U+{(int)control[0]:X4})", page.QuerySelector("[name=Name]")!.ParentElement!.TextContent);
        Assert.Equal(0, await AccountsNamedAsync("Bell"));
    }

    [Fact]
    public async Task TabsAndLineBreaksInAMultiLineFieldStay()
    {
        var rep = await app.SignInAsync("rep@demo.local");
        var api = await app.ApiClientAsync("rep@demo.local");

        var answer = await rep.SubmitFormAsync("/accounts/new", "/accounts/new", new Dictionary<string, string>
        {
            ["Name"] = "Lines Kept AB",
            ["Industry"] = "Retail",
            ["Notes"] = "First line\r\n\tindented second line",
        });

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(1, (await api.GetFromJsonAsync<JsonElement>("/api/v1/accounts?q=Lines Kept")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AControlCharacterInABuilderNoteIsRefusedAndTheNoteStays()
    {
        var presales = await app.ApiClientAsync("presales@demo.local");
        var proposal = await (await presales.PostAsJsonAsync("/api/v1/opportunities/1/proposals", new { title = "Notes", recommend = true })).Content.ReadFromJsonAsync<JsonElement>();
        var id = proposal.GetProperty("id").GetInt32();
        var option = proposal.GetProperty("options")[0];
        var line = option.GetProperty("lines")[0];
        var optionId = option.GetProperty("id").GetInt32();
        var lineId = line.GetProperty("id").GetInt32();
        var set = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/proposals/{id}/options/{optionId}/lines/{lineId}")
        {
            Content = JsonContent.Create(new { note = "Kept note", version = proposal.GetProperty("version").GetInt32() }),
        };
        Assert.Equal(HttpStatusCode.OK, (await presales.SendAsync(set)).StatusCode);
        var current = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        var browser = await app.SignInAsync("presales@demo.local");

        var answer = await browser.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/options/{optionId}/lines/{lineId}", new Dictionary<string, string>
        {
            ["quantity"] = line.GetProperty("quantity").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["discountPercent"] = "0",
            ["note"] = "Bad\u0007note",
            ["version"] = current.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Remove the invisible control character (U+0007)", Html.Parse(await answer.Content.ReadAsStringAsync()).One($"#note-{lineId}-error").TextContent);
        var after = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        var note = after.GetProperty("options")[0].GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetInt32() == lineId).GetProperty("note").GetString();
        Assert.Equal("Kept note", note);
    }
}
