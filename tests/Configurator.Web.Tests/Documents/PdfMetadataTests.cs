using System.Text;
using Configurator.Web.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Configurator.Web.Tests.Documents;

public sealed class PdfMetadataTests
{
    private static byte[] APdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Hello", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 720), builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica));
        return builder.Build();
    }

    [Fact]
    public void TitleAuthorSubjectAndLanguageAreAddedAndTheOriginalBytesKept()
    {
        var original = APdf();

        var updated = PdfMetadata.Apply(original, new PdfInfo("解决方案 (draft)", "Pat \\ Presales", "Proposal for Nordby", "zh-CN", new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero)));

        Assert.Equal(original, updated[..original.Length]);
        using var pdf = PdfDocument.Open(updated);
        Assert.Equal("解决方案 (draft)", pdf.Information.Title);
        Assert.Equal("Pat \\ Presales", pdf.Information.Author);
        Assert.Equal("Proposal for Nordby", pdf.Information.Subject);
        Assert.Equal("Hello", pdf.GetPage(1).Text);
        Assert.Contains("/Lang (zh-CN)", Encoding.Latin1.GetString(updated));
    }

    [Fact]
    public void ALanguageThatIsNotATagIsLeftOut()
    {
        var updated = PdfMetadata.Apply(APdf(), new PdfInfo("T", "A", "S", "en) /OpenAction (x", DateTimeOffset.UnixEpoch));

        using var pdf = PdfDocument.Open(updated);
        Assert.Equal("T", pdf.Information.Title);
        Assert.DoesNotContain("/Lang", Encoding.Latin1.GetString(updated));
    }

    [Theory]
    [InlineData("Acme", "\"Acme\"")]
    [InlineData("a\"b", "\"a\\000022 b\"")]
    [InlineData("</style>", "\"\\00003C \\00002F style\\00003E \"")]
    [InlineData("x\\y", "\"x\\00005C y\"")]
    [InlineData("🚚", "\"\\01F69A \"")]
    public void CssStringsEscapeEverythingButLettersDigitsAndSpaces(string text, string css)
    {
        Assert.Equal(css, SafeTemplateContext.CssString(text));
    }
}
