using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Brand;

/// <summary>The brand's Chinese name, address and footer: kept side by side with the default ones, printed by zh-CN documents.</summary>
public sealed class BrandLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient admin, string chineseAddress, string acceptLanguage = "en")
    {
        var page = Html.Parse(await admin.GetPageAsync("/admin/brand"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/brand")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent(BrowserExtensions.AntiforgeryToken(page.DocumentElement.OuterHtml)), "__RequestVerificationToken" },
                { new StringContent(page.Attr("input[name=Version]", "value")), "Version" },
                { new StringContent("Fjord Systems"), "Name" },
                { new StringContent("#0b6e4f"), "PrimaryColour" },
                { new StringContent("9 Quay Road, Bergen"), "Address" },
                { new StringContent("Fjord Systems AS · Org. 123 456 789"), "LegalFooter" },
                { new StringContent("峡湾系统有限公司"), "Chinese.Name" },
                { new StringContent(chineseAddress), "Chinese.Address" },
                { new StringContent(""), "Chinese.LegalFooter" },
            },
        };
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await admin.SendAsync(request);
    }

    [Fact]
    public async Task ChineseDocumentsPrintTheChineseTextsAndFallBackToTheDefaultOnes()
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var saved = await SaveAsync(admin, "挪威卑尔根码头路 9 号");
        var page = Html.Parse(await admin.GetPageAsync("/admin/brand"));
        var chineseHtml = await admin.GetPageAsync("/admin/pdf/sample.html?language=zh-CN");
        var chinese = Html.Parse(chineseHtml);
        var english = Html.Parse(await admin.GetPageAsync("/admin/pdf/sample.html"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("峡湾系统有限公司", page.Attr("input[name='Chinese.Name']", "value"));
        Assert.Equal("挪威卑尔根码头路 9 号", page.One("textarea[name='Chinese.Address']").TextContent);
        Assert.Equal("峡湾系统有限公司 · 挪威卑尔根码头路 9 号", chinese.One(".cover__address").TextContent.Trim());
        // No Chinese footer was given: the default one prints (at the foot of each page, as a CSS string).
        Assert.Contains(Configurator.Web.Documents.SafeTemplateContext.CssString("Fjord Systems AS · Org. 123 456 789"), chineseHtml);
        Assert.Equal("Fjord Systems · 9 Quay Road, Bergen", english.One(".cover__address").TextContent.Trim());
        Assert.DoesNotContain("峡湾", english.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task ATooLongChineseAddressIsRefusedNextToItsFieldInThePagesLanguageAndNothingIsSaved()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var before = Html.Parse(await admin.GetPageAsync("/admin/brand")).Attr("input[name=Version]", "value");

        var refused = await SaveAsync(admin, new string('路', 301), acceptLanguage: "zh-CN");
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        var after = Html.Parse(await admin.GetPageAsync("/admin/brand")).Attr("input[name=Version]", "value");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("地址最多 300 个字符，当前为 301 个。", page.One("#brand-address-zh-error").TextContent);
        Assert.Equal("", page.One("#brand-address-error").TextContent);
        Assert.Equal(301, page.One("textarea[name='Chinese.Address']").TextContent.Length);
        Assert.Equal(before, after);
    }
}
