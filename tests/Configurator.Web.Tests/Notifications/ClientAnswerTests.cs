using System.Net;
using Configurator.Domain.Portal;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Notifications;

/// <summary>The company's side of a client's questions: the thread on the builder, who may answer, the e-mail to the client, and bad answers.</summary>
public sealed class ClientAnswerTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    private async Task<(int ProposalId, string Title, ClientLink Link)> AskedAsync(string name, string language = "en")
    {
        var (_, id) = await app.ApprovedProposalAsync($"{name} AG", name, language,
            [new { title = "Stock counts drift", category = "STOCK-ERRORS", severity = 5 }]);
        var presales = (await app.FindUserAsync("presales@demo.local"))!.Id;
        var link = await app.InsertLinkAsync(id, presales, "Dana Client", $"dana.{Guid.NewGuid():n}@client.test");
        await app.InsertQuestionAsync(link, "Is the <b>training</b> included?", DateTimeOffset.UtcNow.AddMinutes(-5));
        return (id, $"{name} proposal", link);
    }

    private async Task<List<ClientQuestion>> ThreadAsync(int linkId)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().ClientQuestions.AsNoTracking()
            .Where(q => q.ClientLinkId == linkId).ToListAsync()).OrderBy(q => q.Id).ToList();
    }

    private static string Answers(int id, int linkId) => $"/proposals/{id}/questions/{linkId}/answers";

    [Fact]
    public async Task PresalesSeeTheThreadAnswerItAndTheClientIsEmailed()
    {
        var (id, title, link) = await AskedAsync("Answered");
        var presales = await app.SignInAsync("presales@demo.local");

        var panel = Html.Parse(await presales.GetPageAsync($"/proposals/{id}")).One("#client-questions");
        Assert.Contains("Dana Client", panel.One("h3").TextContent);
        Assert.Equal("Is the <b>training</b> included?", panel.One(".thread__message--client .thread__text").TextContent);
        Assert.Equal(Answers(id, link.Id), panel.Attr("form", "action"));

        var answered = await presales.SubmitFormAsync($"/proposals/{id}", Answers(id, link.Id), [new("text", "  Yes: two days of training are included.  ")]);

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal($"/proposals/{id}#client-questions", answered.Headers.Location!.ToString());
        var thread = await ThreadAsync(link.Id);
        Assert.Equal(2, thread.Count);
        Assert.False(thread[1].FromClient);
        Assert.Equal(("Pat Presales", "Yes: two days of training are included."), (thread[1].AuthorName, thread[1].Text));
        var after = Html.Parse(await presales.GetPageAsync($"/proposals/{id}")).One("#client-questions");
        Assert.Equal(["Is the <b>training</b> included?", "Yes: two days of training are included."], after.QuerySelectorAll(".thread__text").Select(t => t.TextContent));

        var mail = Assert.Single(await WaitForAsync(link.RecipientEmail));
        Assert.Equal($"An answer to your question on “{title}”", mail.Subject);
        Assert.Equal("Dana Client", mail.To.Mailboxes.Single().Name);
        Assert.Contains("Pat Presales answered your question:", mail.TextBody);
        Assert.Contains("Yes: two days of training are included.", mail.TextBody);
        Assert.Contains("open the proposal from the link we sent you", mail.TextBody);
        Assert.Contains("Yes: two days of training are included.", mail.HtmlBody);
    }

    [Fact]
    public async Task AChineseProposalsClientIsAnsweredInChinese()
    {
        var (id, title, link) = await AskedAsync("中文回答", "zh-CN");
        var presales = await app.SignInAsync("presales@demo.local");

        Assert.Equal(HttpStatusCode.Redirect, (await presales.SubmitFormAsync($"/proposals/{id}", Answers(id, link.Id), [new("text", "包含两天培训。")])).StatusCode);

        var mail = Assert.Single(await WaitForAsync(link.RecipientEmail));
        Assert.Equal($"关于“{title}”的问题已有答复", mail.Subject);
        Assert.Contains("Pat Presales 回答了您的问题：", mail.TextBody);
        Assert.Contains("包含两天培训。", mail.TextBody);
    }

    [Fact]
    public async Task TheRepWhoOwnsTheDealMayAnswerButAnApproverMayNot()
    {
        var (id, _, link) = await AskedAsync("Who answers");
        var rep = await app.SignInAsync("rep@demo.local");
        var page = await rep.GetPageAsync($"/proposals/{id}");
        var request = new HttpRequestMessage(HttpMethod.Post, Answers(id, link.Id))
        {
            Content = new FormUrlEncodedContent([new("text", "I will call you tomorrow.")]),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", BrowserExtensions.AntiforgeryToken(page));

        var fragment = await rep.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        var panel = Html.Parse(await fragment.Content.ReadAsStringAsync()).One("#client-questions");
        Assert.Equal("I will call you tomorrow.", panel.QuerySelectorAll(".thread__message--company .thread__text").Single().TextContent);
        Assert.Contains("Answer saved", panel.One("[role=status]").TextContent);

        var approver = await app.SignInAsync("approver@demo.local");
        var approverPanel = Html.Parse(await approver.GetPageAsync($"/proposals/{id}")).One("#client-questions");
        Assert.Null(approverPanel.QuerySelector("form"));
        Assert.Contains("I will call you tomorrow.", approverPanel.TextContent);
        var refused = await approver.SubmitFormAsync($"/proposals/{id}", Answers(id, link.Id), [new("text", "Approved answer")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(2, (await ThreadAsync(link.Id)).Count);
    }

    [Fact]
    public async Task AnEmptyOrTooLongAnswerIsRefusedNextToTheFieldAndNothingIsSaved()
    {
        var (id, _, link) = await AskedAsync("Bad answers");
        var presales = await app.SignInAsync("presales@demo.local");

        var empty = await presales.SubmitFormAsync($"/proposals/{id}", Answers(id, link.Id), [new("text", "   ")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var emptyPage = Html.Parse(await empty.Content.ReadAsStringAsync());
        Assert.Equal("Write your answer first.", emptyPage.One($"#answer-{link.Id}-error").TextContent);
        Assert.Equal("true", emptyPage.Attr($"#answer-{link.Id}", "aria-invalid"));

        var tooLong = new string('x', ClientLinkRules.QuestionMaxLength + 1);
        var page = await presales.GetPageAsync($"/proposals/{id}");
        var request = new HttpRequestMessage(HttpMethod.Post, Answers(id, link.Id)) { Content = new FormUrlEncodedContent([new("text", tooLong)]) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", BrowserExtensions.AntiforgeryToken(page));
        var fragment = await presales.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, fragment.StatusCode);
        var panel = Html.Parse(await fragment.Content.ReadAsStringAsync()).One("#client-questions");
        Assert.Equal("Keep it to 2000 characters; this has 2001.", panel.One($"#answer-{link.Id}-error").TextContent);
        Assert.Equal(tooLong, panel.One($"#answer-{link.Id}").TextContent);

        Assert.Single(await ThreadAsync(link.Id));
    }

    [Fact]
    public async Task AnUnknownLinkOrAnotherProposalsLinkIsNotFound()
    {
        var (id, _, _) = await AskedAsync("Unknown link");
        var (_, _, otherLink) = await AskedAsync("Other proposal");
        var presales = await app.SignInAsync("presales@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await presales.SubmitFormAsync($"/proposals/{id}", Answers(id, 999_999), [new("text", "Hello")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await presales.SubmitFormAsync($"/proposals/{id}", Answers(id, otherLink.Id), [new("text", "Hello")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await presales.SubmitFormAsync($"/proposals/{id}", Answers(999_999, otherLink.Id), [new("text", "Hello")])).StatusCode);
        Assert.Single(await ThreadAsync(otherLink.Id));
    }

    private async Task<IReadOnlyList<MimeKit.MimeMessage>> WaitForAsync(string to)
    {
        for (var i = 0; i < 100 && app.Smtp.To(to).Count == 0; i++)
        {
            await Task.Delay(100);
        }
        return app.Smtp.To(to);
    }
}
