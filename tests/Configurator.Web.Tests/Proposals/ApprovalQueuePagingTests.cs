using System.Globalization;
using System.Net;
using Configurator.Web.Demo;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Proposals;

/// <summary>
/// A long approval queue opens a page of 20 rows in the order asked; "Show 20 more" brings the next rows over htmx (a
/// plain link without script), the pages together are the whole queue in that order, and a refused decision further
/// down is still shown next to its row.
/// </summary>
public sealed class ApprovalQueuePagingTests(ApprovalQueuePagingTests.LongQueueApp app) : IClassFixture<ApprovalQueuePagingTests.LongQueueApp>
{
    private const int PageSize = 20;

    /// <summary>The app with the volume seed's book on top of the demo: more than two pages of proposals in review.</summary>
    public sealed class LongQueueApp : AppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var output = new StringWriter();
            var exitCode = await VolumeSeed.RunAsync(Services, ["seed", "--accounts", "250", "--seed", "5", "--proposals", "200", "--in-review", "60"], output);
            Assert.True(exitCode == 0, output.ToString());
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static List<int> QueueIds(AngleSharp.Dom.IParentNode html) =>
        [.. html.QuerySelectorAll("tr.queue__row").Select(r => int.Parse(r.Id!["queue-".Length..], CultureInfo.InvariantCulture))];

    private static HttpRequestMessage Htmx(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("HX-Request", "true");
        return request;
    }

    /// <summary>Rows answered alone, parsed where rows belong.</summary>
    private static AngleSharp.Dom.IDocument Rows(string html) => Html.Parse($"<table><tbody>{html}</tbody></table>");

    /// <summary>The whole queue in the order asked, read a page at a time through the "Show 20 more" links as htmx follows them.</summary>
    private static async Task<(List<int> Ids, int Total, List<string> Shown)> FollowAsync(HttpClient approver, string page)
    {
        var html = Html.Parse(await approver.GetPageAsync(page));
        var ids = QueueIds(html);
        var total = QueueTotal(html);
        var shown = new List<string>();
        var more = html.QuerySelector("#queue-more a");
        while (more is not null)
        {
            shown.Add(more.ParentElement!.QuerySelector(".muted")!.TextContent);
            var answer = await approver.SendAsync(Htmx(more.GetAttribute("hx-get")!));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var rows = Rows(await answer.Content.ReadAsStringAsync());
            var added = QueueIds(rows);
            Assert.InRange(added.Count, 1, PageSize);
            // The keyboard carries on at the first new row.
            Assert.Equal($"queue-{added[0]}", rows.One("a[autofocus]").Closest("tr")!.Id);
            ids.AddRange(added);
            more = rows.QuerySelector("#queue-more a");
        }
        return (ids, total, shown);
    }

    private static int QueueTotal(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("#queue-more .muted") is { } shown
            ? int.Parse(System.Text.RegularExpressions.Regex.Match(shown.TextContent, @"of (\d+)").Groups[1].Value, CultureInfo.InvariantCulture)
            : QueueIds(page).Count;

    [Fact]
    public async Task TheQueueOpensAPageOfTwentyAndShowMoreBringsTheRestInTheSameOrder()
    {
        var approver = await app.SignInAsync("approver@demo.local");

        var first = Html.Parse(await approver.GetPageAsync("/proposals"));
        var (ids, total, shown) = await FollowAsync(approver, "/proposals");
        var all = Html.Parse(await approver.GetPageAsync($"/proposals?shown={total}"));

        Assert.True(total > 2 * PageSize, $"the seed left {total} in review");
        Assert.Equal(PageSize, QueueIds(first).Count);
        Assert.Null(first.QuerySelector("#queue a[autofocus]"));
        Assert.Equal($"Showing 20 of {total}.", first.One("#queue-more .muted").TextContent);
        Assert.Equal("Show 20 more", first.One("#queue-more a").TextContent);
        Assert.Equal("/proposals?sort=waited&shown=40#queue", first.One("#queue-more a").GetAttribute("href"));
        Assert.Equal("/proposals/queue?sort=waited&from=20", first.One("#queue-more a").GetAttribute("hx-get"));
        Assert.Equal($"Showing 40 of {total}.", shown[1]);
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(QueueIds(all), ids);
        Assert.Null(all.QuerySelector("#queue-more"));
    }

    [Fact]
    public async Task EachOrderIsPagedAsAWhole()
    {
        var approver = await app.SignInAsync("approver@demo.local");
        var total = QueueTotal(Html.Parse(await approver.GetPageAsync("/proposals")));

        var (bySize, _, _) = await FollowAsync(approver, "/proposals?sort=size&reverse=true");
        var bySizeAtOnce = QueueIds(Html.Parse(await approver.GetPageAsync($"/proposals?sort=size&reverse=true&shown={total}")));
        var byWait = QueueIds(Html.Parse(await approver.GetPageAsync($"/proposals?shown={total}")));
        var firstBySize = Html.Parse(await approver.GetPageAsync("/proposals?sort=size&reverse=true"));

        Assert.Equal(bySizeAtOnce, bySize);
        Assert.NotEqual(byWait, bySize);
        Assert.Equal(byWait.Order(), bySize.Order());
        Assert.Equal("/proposals/queue?sort=size&reverse=true&from=20", firstBySize.One("#queue-more a").GetAttribute("hx-get"));
        Assert.Equal("/proposals?sort=size&reverse=true&shown=40#queue", firstBySize.One("#queue-more a").GetAttribute("href"));
    }

    [Fact]
    public async Task OddCountsAndPlacesShowAPageOrNothingRatherThanAnError()
    {
        var approver = await app.SignInAsync("approver@demo.local");
        var total = QueueTotal(Html.Parse(await approver.GetPageAsync("/proposals")));

        var negative = QueueIds(Html.Parse(await approver.GetPageAsync("/proposals?shown=-5")));
        var notANumber = QueueIds(Html.Parse(await approver.GetPageAsync("/proposals?shown=many")));
        var huge = QueueIds(Html.Parse(await approver.GetPageAsync("/proposals?shown=2147483647")));
        var beforeTheStart = await approver.SendAsync(Htmx("/proposals/queue?from=-20"));
        var pastTheEnd = await approver.SendAsync(Htmx($"/proposals/queue?from={total + 5}"));
        var unknownSort = await approver.SendAsync(Htmx("/proposals/queue?sort=%3Cscript%3E&from=20"));

        Assert.Equal(PageSize, negative.Count);
        Assert.Equal(PageSize, notANumber.Count);
        Assert.Equal(total, huge.Count);
        Assert.Equal(HttpStatusCode.OK, beforeTheStart.StatusCode);
        Assert.Equal(negative, QueueIds(Rows(await beforeTheStart.Content.ReadAsStringAsync())));
        Assert.Equal(HttpStatusCode.OK, pastTheEnd.StatusCode);
        Assert.Empty(QueueIds(Rows(await pastTheEnd.Content.ReadAsStringAsync())));
        Assert.Equal(HttpStatusCode.OK, unknownSort.StatusCode);
        Assert.Equal(huge.Skip(PageSize).Take(PageSize), QueueIds(Rows(await unknownSort.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task WithoutScriptTheMoreLinkOpensThePageWithMoreRows()
    {
        var approver = await app.SignInAsync("approver@demo.local");

        var link = await approver.GetAsync("/proposals/queue?sort=payback&from=20");
        var page = Html.Parse(await approver.GetPageAsync("/proposals?sort=payback&shown=40"));

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal("/proposals?sort=payback&shown=40#queue", link.Headers.Location!.ToString());
        Assert.Equal(40, QueueIds(page).Count);
        Assert.Equal("/proposals?sort=payback&shown=60#queue", page.One("#queue-more a").GetAttribute("href"));
    }

    [Fact]
    public async Task ARefusedDecisionFurtherDownIsShownNextToItsRow()
    {
        var approver = await app.SignInAsync("approver@demo.local");
        var total = QueueTotal(Html.Parse(await approver.GetPageAsync("/proposals")));
        var all = Html.Parse(await approver.GetPageAsync($"/proposals?shown={total}"));
        var last = QueueIds(all)[^1];
        var version = all.Attr($"#queue-{last} input[name=version]", "value");

        var withoutComment = await approver.SubmitFormAsync("/proposals", $"/proposals/{last}/actions/reject", [new("version", version), new("from", "queue"), new("comment", "")]);
        var afterRefusal = Html.Parse(await approver.GetPageAsync("/proposals"));

        Assert.Equal(HttpStatusCode.Redirect, withoutComment.StatusCode);
        Assert.Equal(last, QueueIds(afterRefusal)[^1]);
        Assert.Equal(total, QueueIds(afterRefusal).Count);
        Assert.Contains("Say why the proposal is rejected", afterRefusal.One($"#queue-problem-{last}").TextContent);
    }

    [Fact]
    public async Task OnlyApproversReadTheQueuesRows()
    {
        var presales = await app.SignInAsync("presales@demo.local");
        var rep = await app.SignInAsync("rep@demo.local");

        var byPresales = await presales.SendAsync(Htmx("/proposals/queue?from=20"));
        var byRep = await rep.SendAsync(Htmx("/proposals/queue?from=0"));

        Assert.Equal(HttpStatusCode.Forbidden, byPresales.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
    }
}
