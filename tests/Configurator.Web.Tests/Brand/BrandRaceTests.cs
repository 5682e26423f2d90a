using System.Net;
using Configurator.Web.Data;
using Configurator.Web.Features.Brand;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Brand;

/// <summary>Two admins saving the brand at the same moment: one save wins, the other is told so and keeps what they typed; nothing is mixed.</summary>
[Trait("Database", "Sqlite")]
public sealed class BrandRaceTests(BrandRaceFactory app) : IClassFixture<BrandRaceFactory>
{
    private static KeyValuePair<string, string>[] Fields(string name, string version) =>
        [new("Name", name), new("PrimaryColour", "#0b6e4f"), new("Address", "9 Quay Road, Bergen"), new("LegalFooter", ""), new("Version", version)];

    [Fact]
    public async Task ASaveThatMeetsAnotherAdminsSaveIsAConflictThatKeepsTheirsAndMyEntries()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var version = Html.Parse(await admin.GetPageAsync("/admin/brand")).Attr("input[name=Version]", "value");
        app.BeforeNextBrandSave("UPDATE Brand SET Name = 'Their Brand', Version = Version + 1");

        var mine = await admin.SubmitFormAsync("/admin/brand", "/admin/brand", Fields("My Brand", version));
        var answer = Html.Parse(await mine.Content.ReadAsStringAsync());
        var stored = await StoredBrandNameAsync();
        var again = await admin.SubmitFormAsync("/admin/brand", "/admin/brand", Fields("My Brand", answer.Attr("input[name=Version]", "value")));

        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        Assert.Contains("Someone saved the brand at the same moment; nothing of yours was saved.", answer.One("[role=alert]").TextContent);
        Assert.Equal("My Brand", answer.Attr("input[name=Name]", "value"));
        Assert.Equal(int.Parse(version) + 1, int.Parse(answer.Attr("input[name=Version]", "value")));
        Assert.Equal("Their Brand", stored);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("My Brand", await StoredBrandNameAsync());
    }

    [Fact]
    public async Task TwoFirstSavesOneWinsTheOtherIsAConflict()
    {
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Brand.ExecuteDeleteAsync();
        }
        var admin = await app.SignInAsync("admin@demo.local");
        var page = Html.Parse(await admin.GetPageAsync("/admin/brand"));
        app.BeforeNextBrandSave("""
            INSERT INTO Brand (Id, Name, PrimaryColour, Address, LegalFooter, LogoContentType, ChangedById, ChangedAt, Version)
            VALUES (1, 'Their Brand', '#000000', '', '', '', '', '2026-11-29 10:00:00+00:00', 1)
            """);

        var mine = await admin.SubmitFormAsync("/admin/brand", "/admin/brand", Fields("My Brand", page.Attr("input[name=Version]", "value")));
        var answer = Html.Parse(await mine.Content.ReadAsStringAsync());

        Assert.Equal("0", page.Attr("input[name=Version]", "value"));
        Assert.Null(page.QuerySelector(".form-actions .muted"));
        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        Assert.Contains("Someone saved the brand at the same moment", answer.One("[role=alert]").TextContent);
        Assert.Equal("My Brand", answer.Attr("input[name=Name]", "value"));
        Assert.Equal("1", answer.Attr("input[name=Version]", "value"));
        Assert.Contains("Last changed by System", answer.One(".form-actions .muted").TextContent);
        Assert.Equal("Their Brand", await StoredBrandNameAsync());
    }

    private async Task<string> StoredBrandNameAsync()
    {
        using var scope = app.Services.CreateScope();
        return (await BrandStore.GetAsync(scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>(), CancellationToken.None)).Name;
    }
}
