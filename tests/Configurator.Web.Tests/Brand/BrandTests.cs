using System.Net;
using Configurator.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Brand;

/// <summary>The company brand an admin keeps, and the documents issued under it (real Chromium).</summary>
public sealed class BrandTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AnAdminSetsTheBrandAndTheNextDocumentCarriesIt()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var rep = await app.SignInAsync("rep@demo.local");
        var version = Html.Parse(await admin.GetPageAsync("/admin/brand")).Attr("input[name=Version]", "value");
        KeyValuePair<string, string>[] Fields(string name, string colour) =>
        [
            new("Name", name), new("PrimaryColour", colour), new("Address", "9 Quay Road, Bergen"),
            new("LegalFooter", "Fjord Systems AS · Org. 123 456 789"), new("Version", version),
        ];

        var badColour = await admin.SubmitFormAsync("/admin/brand", "/admin/brand", Fields("Fjord Systems", "url(http://x)"));
        var badColourPage = Html.Parse(await badColour.Content.ReadAsStringAsync());
        var notAdmin = await rep.GetAsync("/admin/brand");
        var saved = await admin.SubmitFormAsync("/admin/brand", "/admin/brand", Fields("Fjord Systems", "#0b6e4f"));
        var savedPage = Html.Parse(await admin.GetPageAsync("/admin/brand?saved=1"));
        var stale = await admin.SubmitFormAsync("/admin/brand", "/admin/brand", Fields("Someone Else", "#000000"));
        var stalePage = Html.Parse(await stale.Content.ReadAsStringAsync());
        var (presales, id) = await app.ApprovedProposalAsync("Branded Oy", "Branded", "en",
            [new { title = "Pickers walk too far", category = "SLOW-FULFIL", severity = 3 }]);
        using var pdf = PdfDocument.Open(await presales.IssueRevisionAsync(id));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, badColour.StatusCode);
        Assert.Contains("Give the colour as # and six hex digits", badColourPage.One("#brand-colour-error").TextContent);
        Assert.Equal("Fjord Systems", badColourPage.Attr("input[name=Name]", "value"));
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("Last changed by Alex Admin,", savedPage.One(".form-actions .muted").TextContent);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Alex Admin changed the brand while you were editing. Nothing was saved", stalePage.One("[role=alert]").TextContent);
        Assert.Equal("Someone Else", stalePage.Attr("input[name=Name]", "value"));
        Assert.Contains("Fjord Systems", text);
        Assert.DoesNotContain("Someone Else", text);
        Assert.Contains("Fjord Systems AS · Org. 123 456 789", text);
        Assert.Contains("9 Quay Road, Bergen", pdf.GetPage(1).Text);
    }

    [Fact]
    public async Task ALogoMustBeAnImageOfReasonableSize()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var version = Html.Parse(await admin.GetPageAsync("/admin/brand")).Attr("input[name=Version]", "value");
        async Task<HttpResponseMessage> UploadAsync(byte[] logo, string fileName)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(BrowserExtensions.AntiforgeryToken(await admin.GetPageAsync("/admin/brand"))), "__RequestVerificationToken" },
                { new StringContent("Configurator Demo Co."), "Name" },
                { new StringContent("#1f5f8b"), "PrimaryColour" },
                { new StringContent(version), "Version" },
                { new ByteArrayContent(logo), "logo", fileName },
            };
            return await admin.PostAsync("/admin/brand", form);
        }
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]];

        var notAnImage = await UploadAsync("<html><script>alert(1)</script></html>"u8.ToArray(), "logo.png");
        var tooLarge = await UploadAsync([.. png, .. new byte[600 * 1024]], "big.png");
        var good = await UploadAsync(png, "logo.png");
        var served = await admin.GetAsync("/admin/brand/logo");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAnImage.StatusCode);
        Assert.Contains("not a PNG, JPEG or SVG image", await notAnImage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Contains("keep it under 512 KB", await tooLarge.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
    }
}
