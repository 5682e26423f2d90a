using Configurator.Web.Demo;

namespace Configurator.Web.Tests.Browser;

/// <summary>
/// An approver with a long queue: the page opens with 20 rows, "Show 20 more" adds the next ones below over htmx
/// without leaving the page, and the keyboard carries on at the first new row.
/// </summary>
public sealed class LongQueueJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task TheApproverReadsALongQueueAPageAtATime()
    {
        var output = new StringWriter();
        Assert.True(await VolumeSeed.RunAsync(app.Services, ["seed", "--accounts", "250", "--seed", "5", "--proposals", "200", "--in-review", "60"], output) == 0, output.ToString());
        await using var approver = await app.SessionAsync("long-queue");

        await approver.StepAsync("open the queue: the 20 that waited longest", async () =>
        {
            await approver.SignInAsync("approver@demo.local");
            await approver.GoAsync("/proposals");
            await approver.WaitForTextAsync("#queue-more", "Showing 20 of");
            Assert.Equal(20, await approver.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('#queue tr.queue__row').length"));
            await approver.AssertAccessibleAsync();
            await approver.ScreenshotAsync("first-page");
        });

        await approver.StepAsync("show 20 more, on the same page, and carry on from the first new row", async () =>
        {
            await approver.Page.EvaluateExpressionAsync("window.stillTheSamePage = true");
            var twentyFirst = await approver.Page.EvaluateExpressionAsync<string>("document.querySelectorAll('#queue tr.queue__row')[19].nextElementSibling.id");
            await approver.Page.ClickAsync("#queue-more a");
            await approver.WaitForTextAsync("#queue-more", "Showing 40 of");
            Assert.Equal(40, await approver.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('#queue tr.queue__row').length"));
            Assert.Equal("queue-more", twentyFirst);
            var focused = await approver.Page.EvaluateExpressionAsync<string>("document.activeElement.closest('tr').id");
            var twentyFirstRow = await approver.Page.EvaluateExpressionAsync<string>("document.querySelectorAll('#queue tr.queue__row')[20].id");
            Assert.Equal(twentyFirstRow, focused);
            Assert.True(await approver.Page.EvaluateExpressionAsync<bool>("window.stillTheSamePage === true"), "the page was reloaded");
            await approver.AssertAccessibleAsync();
            await approver.AssertNoHorizontalOverflowAsync(BrowserSession.Desktop);
            await approver.ScreenshotAsync("forty-rows");
        });
    }
}
