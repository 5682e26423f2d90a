using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Proposals;

/// <summary>
/// Currency, percentage and quantity bounds are checked types in the domain and plain values in the database,
/// exactly as before they were types: the schema and the stored item snapshots keep their shape.
/// </summary>
public sealed class StoredValuesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Presales, int Id, JsonElement Proposal)> ProposalAsync(string name)
    {
        var (presales, id) = await app.ApprovedProposalAsync($"{name} AB", name, "en",
            [new { title = "Phantom stock", category = "STOCK-ERRORS", severity = 5, annualImpact = 50000m }]);
        return (presales, id, await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}"));
    }

    private static string LineUrl(int id, JsonElement proposal)
    {
        var option = proposal.GetProperty("options")[0];
        return $"/api/v1/proposals/{id}/options/{option.GetProperty("id").GetInt32()}/lines/{option.GetProperty("lines")[0].GetProperty("id").GetInt32()}";
    }

    private static JsonElement FirstLine(JsonElement proposal) => proposal.GetProperty("options")[0].GetProperty("lines")[0];

    [Fact]
    public async Task TheCurrencyADiscountAndTheItemSnapshotAreStoredAsPlainValuesAndReadBack()
    {
        var (presales, id, proposal) = await ProposalAsync("Stored");
        var lineId = FirstLine(proposal).GetProperty("id").GetInt32();

        var changed = await presales.PatchAsJsonAsync(LineUrl(id, proposal), new { discountPercent = 12.5m, version = proposal.GetProperty("version").GetInt32() });

        Assert.True(changed.IsSuccessStatusCode);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        Assert.Equal("EUR", await db.Database.SqlQuery<string>($"""SELECT "Currency" AS "Value" FROM "Proposals" WHERE "Id" = {id}""").SingleAsync());
        Assert.Equal(12.5m, await db.Database.SqlQuery<decimal>($"""SELECT "DiscountPercent" AS "Value" FROM "ProposalLines" WHERE "Id" = {lineId}""").SingleAsync());
        var snapshot = JsonDocument.Parse(await db.Database.SqlQuery<string>($"""SELECT "ItemSnapshot" AS "Value" FROM "ProposalLines" WHERE "Id" = {lineId}""").SingleAsync()).RootElement;
        Assert.Equal(JsonValueKind.Number, snapshot.GetProperty("MaxDiscountPercent").ValueKind);
        Assert.Equal(FirstLine(proposal).GetProperty("maxDiscountPercent").GetDecimal(), snapshot.GetProperty("MaxDiscountPercent").GetDecimal());
        Assert.True(snapshot.GetProperty("Quantity").GetProperty("Min").GetInt32() >= 1);
        var reread = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        Assert.Equal("EUR", reread.GetProperty("currency").GetString());
        Assert.Equal(12.5m, FirstLine(reread).GetProperty("discountPercent").GetDecimal());
    }

    [Theory]
    [InlineData("-0.5")]
    [InlineData("100.5")]
    public async Task ADiscountThatIsNoPercentageIsRefusedAtItsPathAndNothingIsSaved(string discount)
    {
        var (presales, id, proposal) = await ProposalAsync($"Refused {discount}");

        var refused = await presales.PatchAsJsonAsync(LineUrl(id, proposal),
            new { discountPercent = decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture), version = proposal.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("from 0 to 100", problem.GetProperty("errors").GetProperty("discountPercent")[0].GetString());
        var after = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        Assert.Equal(proposal.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal(FirstLine(proposal).GetProperty("discountPercent").GetDecimal(), FirstLine(after).GetProperty("discountPercent").GetDecimal());
    }
}
