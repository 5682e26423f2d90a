using System.Net;
using Configurator.Domain.Portal;
using Configurator.Web.Data;
using Configurator.Web.Features.Notifications;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Notifications;

/// <summary>Who hears what a client did (the bell and e-mail), in whose language, and reading them.</summary>
public sealed class NotificationTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    private async Task<(int ProposalId, string Title, ClientLink Link)> SentAsync(string name, string sentById)
    {
        var (_, id) = await app.ApprovedProposalAsync($"{name} AG", name, "en",
            [new { title = "Stock counts drift", category = "STOCK-ERRORS", severity = 5 }]);
        var link = await app.InsertLinkAsync(id, sentById, "Dana Client", $"dana.{Guid.NewGuid():n}@client.test");
        return (id, $"{name} proposal", link);
    }

    private async Task NotifyAsync(ClientLink link, ClientActivityKind kind, string? detail = null)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IClientActivityNotifier>()
            .NotifyAsync(new ClientActivity(kind, link.ProposalId, link.Id, link.RecipientName, detail), CancellationToken.None);
    }

    private async Task<List<Notification>> RowsAsync(int proposalId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Notifications.AsNoTracking()
            .Where(n => n.ProposalId == proposalId).OrderBy(n => n.Id).ToListAsync();
    }

    private async Task<string> IdOfAsync(string email) => (await app.FindUserAsync(email))!.Id;

    private async Task<AppUser> PersonAsync(string email, string? language = null, bool disabled = false)
    {
        var user = await app.CreateUserAsync(email, "Correct-Horse-2026", "Presales");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var saved = (await users.FindByIdAsync(user.Id))!;
        saved.Language = language;
        saved.DisabledAt = disabled ? DateTimeOffset.UtcNow : null;
        Assert.True((await users.UpdateAsync(saved)).Succeeded);
        return saved;
    }

    private static (string Label, string? Badge) Bell(string page)
    {
        var bell = Html.Parse(page).One("#notification-bell a");
        return (bell.GetAttribute("aria-label")!, bell.QuerySelector(".bell__count")?.TextContent);
    }

    [Fact]
    public async Task TheOwnerTheAuthorAndTheSenderAreEachToldOnce()
    {
        var sender = await PersonAsync("sender.one@notify.test");
        var (id, _, link) = await SentAsync("Told once", sender.Id);

        await NotifyAsync(link, ClientActivityKind.FirstOpened);

        var rows = await RowsAsync(id);
        Assert.Equal(
            new[] { await IdOfAsync("rep@demo.local"), await IdOfAsync("presales@demo.local"), sender.Id }.Order(),
            rows.Select(r => r.UserId).Order());
        Assert.All(rows, r => Assert.Equal((ClientActivityKind.FirstOpened, link.Id, "Dana Client", (DateTimeOffset?)null), (r.Kind, r.ClientLinkId, r.RecipientName, r.ReadAt)));

        // Sent by the proposal's author: the author is told once, not twice.
        var byAuthor = await app.InsertLinkAsync(id, await IdOfAsync("presales@demo.local"), "Erik Client", "erik@client.test");
        await NotifyAsync(byAuthor, ClientActivityKind.Asked, "Is training included?");
        var asked = (await RowsAsync(id)).Where(r => r.ClientLinkId == byAuthor.Id).ToList();
        Assert.Equal(new[] { await IdOfAsync("rep@demo.local"), await IdOfAsync("presales@demo.local") }.Order(), asked.Select(r => r.UserId).Order());
        Assert.All(asked, r => Assert.Equal("Is training included?", r.Detail));
    }

    [Fact]
    public async Task ADisabledPersonIsNeitherToldNorEmailed()
    {
        var gone = await PersonAsync("gone@notify.test", disabled: true);
        var (id, title, link) = await SentAsync("Disabled sender", gone.Id);

        await NotifyAsync(link, ClientActivityKind.Accepted);

        Assert.DoesNotContain(await RowsAsync(id), r => r.UserId == gone.Id);
        Assert.Equal(2, (await RowsAsync(id)).Count);
        // The mails of one notification are queued together: once the rep's has arrived, the disabled sender's would have too.
        await WaitForMailAsync("presales@demo.local", $"Dana Client accepted “{title}”");
        await WaitForMailAsync("rep@demo.local", $"Dana Client accepted “{title}”");
        Assert.Empty(app.Smtp.To("gone@notify.test"));
    }

    [Fact]
    public async Task EachPersonIsEmailedInTheirOwnLanguageWithALinkToTheBuilder()
    {
        var (id, title, link) = await SentAsync("Two languages", await IdOfAsync("wang.lei@demo.local"));

        await NotifyAsync(link, ClientActivityKind.Declined, "Competitor: Acme Logistics");

        var chinese = await WaitForMailAsync("wang.lei@demo.local", $"Dana Client 拒绝了“{title}”");
        Assert.Contains("Dana Client 拒绝了“" + title + "”：选择了竞争对手：Acme Logistics", chinese.TextBody);
        Assert.Contains($"/proposals/{id}", chinese.TextBody);
        Assert.Contains($"/proposals/{id}", chinese.HtmlBody);
        var english = await WaitForMailAsync("rep@demo.local", $"Dana Client declined “{title}”");
        Assert.Contains($"Dana Client declined “{title}”: Chose a competitor: Acme Logistics", english.TextBody);
        Assert.Contains("Open the proposal", english.HtmlBody);
    }

    private async Task<MimeKit.MimeMessage> WaitForMailAsync(string to, string subject)
    {
        for (var i = 0; i < 100; i++)
        {
            if (app.Smtp.To(to).FirstOrDefault(m => m.Subject == subject) is { } mail)
            {
                return mail;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No mail to {to} with the subject {subject}; got: {string.Join(" | ", app.Smtp.To(to).Select(m => m.Subject))}");
    }

    [Fact]
    public async Task TheBellCountsUnreadAndTheListSaysWhatHappenedNewestFirstInTheReadersLanguage()
    {
        var english = await PersonAsync("bell.en@notify.test", "en");
        var chinese = await PersonAsync("bell.zh@notify.test", "zh-CN");
        var (_, title, link) = await SentAsync("Bell words", english.Id);
        var (_, titleZh, linkZh) = await SentAsync("Bell words zh", chinese.Id);
        foreach (var l in new[] { link, linkZh })
        {
            await NotifyAsync(l, ClientActivityKind.FirstOpened);
            await NotifyAsync(l, ClientActivityKind.Asked, "Does it include training?");
        }

        var browser = await app.SignInAsync("bell.en@notify.test", "Correct-Horse-2026");
        Assert.Equal(("Notifications, 2 unread", "2"), Bell(await browser.GetPageAsync("/proposals")));
        var items = Html.Parse(await browser.GetPageAsync("/notifications")).QuerySelectorAll("#notifications li a").Select(a => a.TextContent).ToList();
        Assert.Equal([$"Dana Client asked a question on “{title}”: Does it include training?", $"Dana Client opened “{title}” for the first time"], items);

        var browserZh = await app.SignInAsync("bell.zh@notify.test", "Correct-Horse-2026");
        var pageZh = await browserZh.GetPageAsync("/notifications");
        Assert.Equal(("通知，2 条未读", "2"), Bell(pageZh));
        var itemsZh = Html.Parse(pageZh).QuerySelectorAll("#notifications li a").Select(a => a.TextContent).ToList();
        Assert.Equal([$"Dana Client 在“{titleZh}”上提了一个问题：Does it include training?", $"Dana Client 首次打开了“{titleZh}”"], itemsZh);
    }

    [Fact]
    public async Task OpeningOneMarksItReadAndMarkAllReadClearsTheRest()
    {
        var reader = await PersonAsync("reader@notify.test");
        var (id, _, link) = await SentAsync("Mark read", reader.Id);
        await NotifyAsync(link, ClientActivityKind.FirstOpened);
        await NotifyAsync(link, ClientActivityKind.Asked, "When can you start?");
        var mine = (await RowsAsync(id)).Where(r => r.UserId == reader.Id).ToList();
        var someoneElses = (await RowsAsync(id)).First(r => r.UserId != reader.Id);
        var browser = await app.SignInAsync("reader@notify.test", "Correct-Horse-2026");

        var opened = await browser.GetAsync($"/notifications/{mine[1].Id}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/proposals/{id}#client-questions", opened.Headers.Location!.ToString());
        Assert.Equal(("Notifications, 1 unread", "1"), Bell(await browser.GetPageAsync("/notifications")));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/notifications/{someoneElses.Id}")).StatusCode);
        Assert.Null((await RowsAsync(id)).Single(r => r.Id == someoneElses.Id).ReadAt);

        var readAll = await browser.SubmitFormAsync("/notifications", "/notifications/read-all", []);
        Assert.Equal(HttpStatusCode.Redirect, readAll.StatusCode);
        var page = await browser.GetPageAsync("/notifications");
        Assert.Equal(("Notifications, 0 unread", null), Bell(page));
        Assert.All((await RowsAsync(id)).Where(r => r.UserId == reader.Id), r => Assert.NotNull(r.ReadAt));
        Assert.Null((await RowsAsync(id)).Single(r => r.Id == someoneElses.Id).ReadAt);
        Assert.DoesNotContain("Mark all read", page);

        var fragment = await browser.GetAsync("/notifications/bell");
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.Equal(("Notifications, 0 unread", null), Bell(await fragment.Content.ReadAsStringAsync()));
    }
}
