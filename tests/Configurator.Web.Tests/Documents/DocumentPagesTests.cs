using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Configurator.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Configurator.Web.Tests.Documents;

/// <summary>
/// The document earns each page (#17), read back from the PDF real Chromium prints: a one-page executive
/// summary, the recommended option in full and the others in brief, tables whose headers and prices never
/// break, plural units, the client's confirmed cost cited, and a contact block with e-mail and phone.
/// </summary>
public sealed partial class DocumentPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly object[] _pains =
    [
        new { title = "Phantom stock stops picks", category = "STOCK-ERRORS", severity = 5, annualImpact = 300_000m, raisedBy = "cfo" },
        new { title = "Orders miss the last truck", category = "SLOW-FULFIL", severity = 4, annualImpact = 150_000m },
        new { title = "Peak weeks need temps", category = "PEAK-CAPACITY", severity = 4, annualImpact = 90_000m },
        new { title = "Reports take a day", category = "MANUAL-REPORTING", severity = 3, annualImpact = 40_000m },
        new { title = "Carrier invoices are wrong", category = "CARRIER-COSTS", severity = 2 },
    ];

    private static readonly object[] _people =
    [
        new { key = "cfo", name = "Dana Smith", title = "CFO", role = "economic-buyer", stance = "supporter", influence = 5 },
    ];

    /// <summary>A Good / Better / Best proposal whose first pain's cost the CFO confirmed, issued by presales with a phone on their profile.</summary>
    private async Task<(PdfDocument Pdf, string Text)> IssuedAsync(string account, string language)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var created = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = account })).Content.ReadFromJsonAsync<JsonElement>();
        var opportunity = await (await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = created.GetProperty("id").GetInt32(),
            name = "Peak readiness",
            currency = "EUR",
            stakeholders = _people,
            painPoints = _pains,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = opportunity.GetProperty("id").GetInt32();
        var pain = opportunity.GetProperty("painPoints").EnumerateArray().First(p => p.GetProperty("title").GetString() == "Phantom stock stops picks");
        var confirmed = await rep.PutAsJsonAsync($"/api/v1/opportunities/{id}/pain-points/{pain.GetProperty("id").GetInt32()}/baseline",
            new { amount = 320_000m, confirmedBy = opportunity.GetProperty("stakeholders")[0].GetProperty("personId").GetInt32(), confirmedOn = "2026-01-15", version = pain.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var presales = await app.ApiClientAsync("presales@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await presales.PatchAsJsonAsync("/api/v1/me", new { phone = "+49 30 1234 5678" })).StatusCode);
        var proposal = await presales.PostAsJsonAsync($"/api/v1/opportunities/{id}/proposals", new { title = "Peak readiness proposal", language, termMonths = 36, options = true });
        Assert.Equal(HttpStatusCode.Created, proposal.StatusCode);
        var pdf = PdfDocument.Open(await presales.IssueRevisionAsync((await proposal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32()));
        return (pdf, string.Join(" ", pdf.GetPages().Select(Words)));
    }

    [Fact]
    public async Task TheExecutiveSummaryIsOnePageWithTheRecommendationItsFiguresAndTheTopThreePains()
    {
        var (pdf, _) = await IssuedAsync("Summary Oy", "en");
        using var _pdf = pdf;
        var summary = Words(pdf.GetPage(2));
        var next = Words(pdf.GetPage(3));

        Assert.Contains("Executive summary", summary);
        Assert.Contains("We recommend Advantage.", summary);
        // The figures' names print in capitals.
        Assert.Contains("FIRST-YEAR INVESTMENT", summary);
        Assert.Contains("PAYBACK", summary);
        Assert.Contains("RETURN OVER 36 MONTHS", summary);
        Assert.Contains("What matters most to you", summary);
        // The CFO cares about the first pain; the summary names the economic buyer's pains, three at most.
        Assert.Contains("Phantom stock stops picks", summary);
        Assert.Contains("as confirmed by Dana Smith, CFO, 15 January 2026", summary);
        Assert.Contains("Advantage removes", summary);
        Assert.DoesNotContain("What matters most to you", next);
        Assert.DoesNotContain("Costs you", next);
        Assert.Contains("Your challenges", next);
    }

    [Fact]
    public async Task TheSolutionDescribesTheRecommendedOptionInFullAndTheOthersInOneLineEach()
    {
        var (pdf, text) = await IssuedAsync("Solution Oy", "en");
        using var _pdf = pdf;

        Assert.Contains("Advantage, the option we recommend, is described in full", text);
        Assert.Contains("The other options in brief", text);
        Assert.Contains("Leaves out, compared with Advantage:", text);
        Assert.Contains("BEYOND ADVANTAGE:", text);
        // Every item of Premium beyond Advantage is one line: its name and the catalogue's summary, no differentiators block.
        var brief = text[text.IndexOf("The other options in brief", StringComparison.Ordinal)..];
        Assert.DoesNotContain("WHAT MAKES IT DIFFERENT", brief[..brief.IndexOf("How the solution covers", StringComparison.OrdinalIgnoreCase)].ToUpperInvariant());
    }

    [Fact]
    public async Task TableHeadersAndPricesNeverBreakAndUnitsArePlural()
    {
        var (pdf, text) = await IssuedAsync("Tables Oy", "en");
        using var _pdf = pdf;
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);

        // Headers print in capitals: each header word must come out whole, never as two fragments.
        foreach (var header in new[] { "QUANTITY", "UNIT", "PRICE", "CONTRACT", "VALUE", "CHALLENGE", "ANNUAL", "COST", "CONFIDENCE", "BASIS", "CONSERVATIVE", "EXPECTED", "AMBITIOUS", "PAYBACK", "RETURN", "INVESTMENT", "PERIOD" })
        {
            Assert.Contains(header, words);
        }
        foreach (var page in pdf.GetPages())
        {
            var onPage = page.GetWords().ToList();
            for (var i = 0; i < onPage.Count - 1; i++)
            {
                if (onPage[i].Text == "EUR" && Price().IsMatch(onPage[i + 1].Text))
                {
                    // A price's currency and amount on one line.
                    Assert.True(Math.Abs(onPage[i].BoundingBox.Bottom - onPage[i + 1].BoundingBox.Bottom) < 1, $"EUR {onPage[i + 1].Text} broke across lines on page {page.Number}");
                }
            }
        }
        Assert.Matches(@"\b25 users\b", text);
        Assert.DoesNotMatch(@"\b([02-9]|\d{2,}) (user|site|device|package|connection|station|programme)\b", text);
        Assert.DoesNotMatch(@"\b1 (users|sites|devices|packages)\b", text);
        Assert.DoesNotMatch(@"(?<![.])\.\.(?![.])|,,|\. \.", text);
        Assert.Contains("presales@demo.local", text);
        Assert.Contains("+49 30 1234 5678", text);
    }

    [Fact]
    public async Task TheAssumptionsTableCitesTheClientsConfirmationAndSaysWhereEachFigureComesFrom()
    {
        var (pdf, text) = await IssuedAsync("Assumptions Oy", "en");
        using var _pdf = pdf;

        // The basis cell wraps beside other columns, so its words are checked apart from the name the challenge prints in full.
        Assert.Contains("Cost confirmed by", text);
        Assert.Contains("Confirmed by Dana Smith, CFO, 15 January 2026", text);
        Assert.Contains("Cost: our estimate", text);
        Assert.Contains("Shares: catalogue defaults", text);
        Assert.Contains("EUR 320,000.00", text);
        Assert.Contains("not quantified", text);
    }

    [Fact]
    public async Task AChineseDocumentCitesTheConfirmationAndKeepsItsSummaryOnOnePage()
    {
        var (pdf, text) = await IssuedAsync("苏州确认有限公司", "zh-CN");
        using var _pdf = pdf;
        var summary = Compact(Words(pdf.GetPage(2)));
        var all = Compact(text);

        Assert.Contains("执行摘要", summary);
        Assert.Contains("经DanaSmith（CFO），2026年1月15日确认", summary);
        Assert.DoesNotContain("您最关心的问题", Compact(Words(pdf.GetPage(3))));
        // The challenge names who confirmed its cost; the assumptions table says the cost is confirmed (its cell wraps between columns).
        Assert.Contains("确认人DanaSmith（CFO），2026年1月15日", all);
        Assert.Contains("成本经", all);
        Assert.Contains("+493012345678", all);
        Assert.DoesNotMatch("。。|，，|：：", all);
    }

    /// <summary>A page's words in reading order, one space apart: a line break between two words reads as a space.</summary>
    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    /// <summary>Chinese has no spaces between words; PdfPig splits them where glyph runs break, so compare without any.</summary>
    private static string Compact(string text) => Regex.Replace(text, @"\s+", "");

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*\.\d{2}$")]
    private static partial Regex Price();
}
