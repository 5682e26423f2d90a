using Configurator.Domain.Catalogue;
using Configurator.Web.Documents;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Documents;

/// <summary>The catalogue's live preview applies the limit saving applies, before it parses anything.</summary>
public sealed class TextPreviewLimitTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<string> PreviewAsync(HttpClient product, string token, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/catalogue/preview")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ProposalText"] = text }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return await (await product.SendAsync(request)).Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task APreviewLongerThanATextMaySaveIsRefusedAndNotKept()
    {
        var product = await app.SignInAsync("product@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await product.GetPageAsync("/catalogue/items/new"));
        var renderer = app.Services.GetRequiredService<ProposalTextRenderer>();

        var longest = Html.Parse(await PreviewAsync(product, token, new string('a', CatalogueLimits.ProposalTextMaxLength - 1) + "b"));
        var cachedBefore = renderer.CachedCharacters;
        var tooLong = Html.Parse(await PreviewAsync(product, token, new string('a', CatalogueLimits.ProposalTextMaxLength + 1)));
        var huge = Html.Parse(await PreviewAsync(product, token, new string('x', 3_000_000)));

        Assert.EndsWith("ab", longest.One(".snippet-preview").TextContent);
        Assert.Contains("The proposal text has 20,001 characters; at most 20,000 are allowed.", tooLong.One("#text-preview .alert--error").TextContent);
        Assert.Contains("3,000,000 characters", huge.One("#text-preview .alert--error").TextContent);
        Assert.Null(tooLong.QuerySelector(".snippet-preview"));
        Assert.Equal(cachedBefore, renderer.CachedCharacters);
    }
}
