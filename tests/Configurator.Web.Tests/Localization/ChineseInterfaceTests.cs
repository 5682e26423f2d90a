using System.Net;
using System.Text.RegularExpressions;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Localization;

/// <summary>
/// Every page each role can reach, read in Chinese: the test follows the links from the dashboard (one page
/// per kind of page) and fails on any English word left in the interface, user data aside.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed partial class ChineseInterfaceTests(ChineseInterfaceApp app) : IClassFixture<ChineseInterfaceApp>
{
    private const int PagesPerRole = 60;

    [Theory]
    [InlineData("rep@demo.local")]
    [InlineData("presales@demo.local")]
    [InlineData("approver@demo.local")]
    [InlineData("product@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task EveryPageARoleReachesIsChinese(string email)
    {
        await app.EnsureProposalsAsync();
        var browser = await app.SignInAsync(email);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var english = new EnglishLeftOver(EnglishLeftOver.ReadUserData(app.DatabasePath));

        var (visited, leftOver) = await CrawlAsync(browser, english, ["/", "/admin/pdf"]);

        Assert.True(visited.Count >= 3, "The crawl reached only: " + string.Join(", ", visited));
        Assert.True(leftOver.Count == 0, $"English on Chinese pages for {email}:\n" + string.Join("\n", leftOver));
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/error/404")]
    public async Task SignedOutPagesFollowTheBrowser(string path)
    {
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");
        var response = await browser.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        var leftOver = new EnglishLeftOver([]).In(html);

        Assert.Equal("zh-CN", Html.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.True(leftOver.Count == 0, string.Join("\n", leftOver));
    }

    private static async Task<(List<string> Visited, List<string> LeftOver)> CrawlAsync(HttpClient browser, EnglishLeftOver english, string[] starts)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts);
        var visited = new List<string>();
        var leftOver = new List<string>();
        while (queue.Count > 0 && visited.Count < PagesPerRole)
        {
            var path = queue.Dequeue();
            var response = await browser.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            visited.Add(path);
            var html = await response.Content.ReadAsStringAsync();
            leftOver.AddRange(english.In(html).Distinct().Select(word => $"{path}: {word}"));
            foreach (var link in Html.Parse(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (IsPage(link) && kinds.Add(Kind(link)))
                {
                    queue.Enqueue(link);
                }
            }
        }
        return (visited, leftOver);
    }

    private static bool IsPage(string link) =>
        link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal)
        && !link.Contains("/api/", StringComparison.Ordinal) && !link.Contains("/export", StringComparison.Ordinal)
        && !link.EndsWith(".pdf", StringComparison.Ordinal) && !link.Contains("/pdf", StringComparison.Ordinal)
        && !link.StartsWith("/logout", StringComparison.Ordinal) && !link.Contains('#');

    /// <summary>One page per kind: ids and item codes become "*", the query string is dropped.</summary>
    private static string Kind(string link) => Identifier().Replace(link.Split('?')[0], "/*");

    [GeneratedRegex(@"/(?:\d+|[A-Z0-9]+(?:-[A-Z0-9]+)+|[0-9a-f]{8}-[0-9a-f-]{27})(?=/|$)")]
    private static partial Regex Identifier();
}
