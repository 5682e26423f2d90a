using System.Text.RegularExpressions;
using Configurator.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Configurator.Web.Tests.Documents;

/// <summary>Real Chromium through the app: a draft's running footer and cover say "Draft", an issued revision's say "Revision N", in both languages.</summary>
public sealed class RevisionMarkTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("en", "Draft", "Revision")]
    [InlineData("zh-CN", "草稿", "版本")]
    public async Task ADraftSaysDraftAndAnIssuedRevisionSaysItsNumber(string language, string draftMark, string revisionWord)
    {
        var (presales, id) = await app.ApprovedProposalAsync("Mark Oy " + language, "Marked", language,
            [new { title = "Orders wait", category = "SLOW-FULFIL", severity = 4, annualImpact = 90000m }]);
        var browser = await app.SignInAsync("presales@demo.local");

        using var draft = PdfDocument.Open(await (await browser.GetAsync($"/proposals/{id}/preview.pdf")).Content.ReadAsByteArrayAsync());
        using var issued = PdfDocument.Open(await presales.IssueRevisionAsync(id));

        // The footer ends every page after the cover: "Page 2 of 9 · Draft" / "第 2 页，共 9 页 · 草稿".
        Assert.All(draft.GetPages().Skip(1), page => Assert.Matches($"· {draftMark}", Flat(page.Text)));
        Assert.All(draft.GetPages(), page => Assert.DoesNotMatch($"{revisionWord} ?1", Flat(page.Text)));
        Assert.All(issued.GetPages().Skip(1), page => Assert.Matches($"· {revisionWord} ?1", Flat(page.Text)));
        Assert.All(issued.GetPages(), page => Assert.DoesNotMatch($"· {draftMark}", Flat(page.Text)));
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
