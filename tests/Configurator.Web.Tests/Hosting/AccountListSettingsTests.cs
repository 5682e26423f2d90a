using System.Net;
using System.Net.Http.Json;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Tests.Hosting;

/// <summary>Accounts:* settings: the industry and region lists are checked when the app starts and then hold in forms, filters and the API.</summary>
public sealed class AccountListSettingsTests
{
    private sealed class Configured(params (string Key, string Value)[] settings) : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings.ToDictionary(s => s.Key, s => (string?)s.Value);
    }

    [Theory]
    [InlineData("Accounts:Regions:1", "nordics", "Accounts:Regions names 'Nordics' twice; name each entry once.")]
    [InlineData("Accounts:Regions:1", " ", "Accounts:Regions has an empty entry; remove it or give it a name.")]
    public void AMisconfiguredListStopsTheStartAndSaysWhatToFix(string key, string value, string sentence)
    {
        using var app = new Configured(("Accounts:Regions:0", "Nordics"), (key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(sentence, failure.Message);
    }

    [Fact]
    public async Task AConfiguredClosedListIsWhatFormsAndTheApiAccept()
    {
        using var app = new Configured(("Accounts:Industries:0", "Shipping"), ("Accounts:IndustriesAllowOther", "false"),
            ("Accounts:Regions:0", "Lunar base"), ("Accounts:RegionsAllowOther", "true"));
        var rep = await app.ApiClientAsync("rep@demo.local");
        var browser = await app.SignInAsync("rep@demo.local");

        var listed = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Tranquility Freight", industry = "shipping", region = "Lunar base" });
        var other = await rep.PostAsJsonAsync("/api/v1/accounts", new { name = "Sea of Rains Freight", industry = "Space mining", region = "Mars" });
        var form = Html.Parse(await browser.GetPageAsync("/accounts/new"));

        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
        Assert.Equal("Shipping", (await listed.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("industry").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("Choose one of the industries: Shipping.", await other.Content.ReadAsStringAsync());
        Assert.Equal(["", "Shipping"], form.QuerySelectorAll("select#Industry option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Region-choices", form.Attr("#Region", "list"));
    }
}
