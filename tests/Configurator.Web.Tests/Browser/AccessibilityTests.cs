namespace Configurator.Web.Tests.Browser;

/// <summary>Every main page passes axe-core with no serious or critical violation, and nothing runs off a phone's screen where people use one.</summary>
public sealed class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("admin@demo.local", "/")]
    [InlineData("admin@demo.local", "/admin/users")]
    [InlineData("admin@demo.local", "/admin/brand")]
    [InlineData("admin@demo.local", "/admin/pdf")]
    [InlineData("rep@demo.local", "/accounts")]
    [InlineData("rep@demo.local", "/opportunities/1")]
    [InlineData("product@demo.local", "/catalogue")]
    [InlineData("product@demo.local", "/catalogue/items/STD-WMS-CORE")]
    [InlineData("product@demo.local", "/catalogue/items/STD-WMS-CORE/edit")]
    [InlineData("product@demo.local", "/catalogue/categories")]
    [InlineData("product@demo.local", "/catalogue/import")]
    [InlineData("presales@demo.local", "/proposals")]
    public async Task AMainPageHasNoSeriousAccessibilityViolation(string email, string path)
    {
        await using var person = await app.SessionAsync("accessibility" + path.Replace('/', '-').TrimEnd('-'));
        await person.StepAsync(path, async () =>
        {
            await person.SignInAsync(email);
            await person.GoAsync(path);
            await person.AssertAccessibleAsync();
            await person.AssertNoHorizontalOverflowAsync(BrowserSession.Desktop);
        });
        Assert.Empty(person.Problems);
    }

    [Fact]
    public async Task TheLoginPageIsAccessible()
    {
        await using var visitor = await app.SessionAsync("accessibility-login");
        await visitor.GoAsync("/login");
        await visitor.AssertAccessibleAsync();
        await visitor.AssertNoHorizontalOverflowAsync(BrowserSession.Phone);
        await visitor.ScreenshotAsync("login");
    }
}
