using System.Net;
using Configurator.Domain.Discovery;
using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Tests.Portal;

/// <summary>Accepting, declining and asking from the client's page: final, refused with a clear message, nothing half-written.</summary>
public sealed class PortalAnswerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static (string, string)[] Acceptance(int optionId, string name = "Dana Smith", string title = "CFO", string? signature = null) =>
    [
        ("optionId", optionId.ToString()), ("name", name), ("title", title), ("authorised", "true"), ("authorised", "false"),
        ("signature", signature ?? "data:image/png;base64," + TinyPng),
    ];

    [Fact]
    public async Task AcceptingRecordsTheEvidenceWinsTheProposalAndTheDealAndIsFinal()
    {
        var sent = await app.SentProposalAsync("Accept Oy");
        var (token, linkId) = await app.LinkAsync(sent);
        var client = app.ClientBrowser();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("PortalTest/1.0");
        var option = sent.OptionIds[^1];

        var accepted = await client.PostFormAsync($"/p/{token}/accept", Acceptance(option));
        var html = await accepted.Content.ReadAsStringAsync();
        var again = await client.PostFormAsync($"/p/{token}/accept", Acceptance(option));
        var decline = await client.PostFormAsync($"/p/{token}/decline", ("reason", "price"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("Thank you: the proposal is accepted", html);
        Assert.Contains($"Dana Smith accepted {sent.OptionNames[^1]}", html);
        Assert.Contains($"action=\"/p/{token}/signed.pdf\"", html);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already accepted by Dana Smith", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, decline.StatusCode);
        var decision = await app.ReadAsync(db => db.ClientDecisions.SingleAsync(d => d.ProposalId == sent.ProposalId));
        var revision = await app.ReadAsync(db => db.ProposalRevisions.SingleAsync(r => r.ProposalId == sent.ProposalId));
        Assert.Equal((ClientDecisionKind.Accepted, option, linkId, "CFO"), (decision.Kind, decision.OptionId, decision.ClientLinkId, decision.SignerTitle));
        Assert.Equal(revision.Sha256, decision.RevisionSha256);
        Assert.Equal("PortalTest/1.0", decision.UserAgent);
        Assert.Equal(Convert.FromBase64String(TinyPng), decision.SignaturePng);
        var proposal = await app.ReadAsync(db => db.Proposals.Include(p => p.History).SingleAsync(p => p.Id == sent.ProposalId));
        Assert.Equal(ProposalStatus.Won, proposal.Status);
        var last = proposal.History.OrderBy(h => h.Id).Last();
        Assert.Equal($"client:{linkId}", last.ActorId);
        Assert.Equal($"Accepted online by Dana Smith, CFO: {sent.OptionNames[^1]}", last.Comment);
        var opportunity = await app.ReadAsync(db => db.Opportunities.SingleAsync(o => o.Id == sent.OpportunityId));
        Assert.Equal(OpportunityStage.Won, opportunity.Stage);
        Assert.Contains(await app.ReadAsync(db => db.Activity.Where(a => a.OpportunityId == sent.OpportunityId).ToListAsync()),
            a => a.Kind == ActivityKind.StageChanged && a.ActorId == $"client:{linkId}");
        Assert.Equal(1, await app.ReadAsync(db => db.ClientDecisions.CountAsync(d => d.ProposalId == sent.ProposalId)));

        // The company's history names the client who accepted, not "a former user".
        var history = Html.Parse(await (await app.SignInAsync("presales@demo.local")).GetPageAsync($"/proposals/{sent.ProposalId}")).One("#history");
        Assert.Contains("Dana Smith · Sent → Won (Accepted by the client)", System.Text.RegularExpressions.Regex.Replace(history.TextContent, @"\s+", " "));
        Assert.DoesNotContain("A former user", history.TextContent);

        // The signed copy: the revision's pages untouched, then a certificate naming the revision's fingerprint, the signer and the option.
        var signed = await client.PostFormAsync($"/p/{token}/signed.pdf");
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("application/pdf", signed.Content.Headers.ContentType?.MediaType);
        var copy = await signed.Content.ReadAsByteArrayAsync();
        using var original = UglyToad.PdfPig.PdfDocument.Open(revision.Pdf);
        using var document = UglyToad.PdfPig.PdfDocument.Open(copy);
        Assert.Equal(original.NumberOfPages + 1, document.NumberOfPages);
        var certificate = string.Join(" ", document.GetPage(document.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains(revision.Sha256, certificate.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("Dana Smith", certificate);
        Assert.Contains(sent.OptionNames[^1], certificate);
        Assert.Equal(revision.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            (await app.ReadAsync(db => db.ProposalRevisions.SingleAsync(r => r.ProposalId == sent.ProposalId))).Pdf)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(copy)),
            (await app.ReadAsync(db => db.SignedCopies.SingleAsync(c => c.ProposalId == sent.ProposalId))).Sha256);
    }

    [Fact]
    public async Task TwoRecipientsAcceptingAtOnceRecordExactlyOneDecision()
    {
        var sent = await app.SentProposalAsync("Race Oy");
        var (first, _) = await app.LinkAsync(sent, "Dana Smith");
        var (second, _) = await app.LinkAsync(sent, "Sam Jones", "sam@client.example");

        var answers = await Task.WhenAll(
            app.ClientBrowser().PostFormAsync($"/p/{first}/accept", Acceptance(sent.OptionIds[0], "Dana Smith")),
            app.ClientBrowser().PostFormAsync($"/p/{second}/accept", Acceptance(sent.OptionIds[0], "Sam Jones")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity], answers.Select(a => a.StatusCode).Order());
        var refused = await answers.Single(a => a.StatusCode != HttpStatusCode.OK).Content.ReadAsStringAsync();
        var decision = await app.ReadAsync(db => db.ClientDecisions.SingleAsync(d => d.ProposalId == sent.ProposalId));
        Assert.Contains($"already accepted by {decision.SignerName}", refused);
        var proposal = await app.ReadAsync(db => db.Proposals.Include(p => p.History).SingleAsync(p => p.Id == sent.ProposalId));
        Assert.Single(proposal.History, h => h.Action == ProposalWorkflow.Of(ProposalAction.AcceptedByClient).Code);
    }

    [Fact]
    public async Task BadAcceptancesAreRefusedNextToTheirFieldAndWriteNothing()
    {
        var sent = await app.SentProposalAsync("Bad Input Oy");
        var (token, _) = await app.LinkAsync(sent);
        var client = app.ClientBrowser();
        var option = sent.OptionIds[0];
        var huge = "data:image/png;base64," + Convert.ToBase64String([.. Convert.FromBase64String(TinyPng), .. new byte[ClientLinkRules.SignatureMaxBytes]]);

        var cases = new (string Expected, (string, string)[] Form)[]
        {
            ("Keep your name to 120 characters.", Acceptance(option, name: new string('n', 121))),
            ("Keep your title to 120 characters.", Acceptance(option, title: new string('t', 121))),
            ("Type your full name.", Acceptance(option, name: "  ")),
            ("The drawn signature could not be used", Acceptance(option, signature: "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==")),
            ("The drawn signature could not be used", Acceptance(option, signature: "data:image/png;base64," + Convert.ToBase64String("GIF89a not a png at all, really"u8.ToArray()))),
            ("The drawn signature could not be used", Acceptance(option, signature: huge)),
            ("Choose one of the proposal&#x27;s options.", Acceptance(999999)),
            ("Confirm that you are authorised", [("optionId", option.ToString()), ("name", "Dana"), ("title", "CFO"), ("authorised", "false")]),
        };
        foreach (var (expected, form) in cases)
        {
            var response = await client.PostFormAsync($"/p/{token}/accept", form);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(expected, html);
            Assert.Contains("class=\"portal-error\"", html);
        }
        Assert.Equal(0, await app.ReadAsync(db => db.ClientDecisions.CountAsync(d => d.ProposalId == sent.ProposalId)));
        Assert.Equal(ProposalStatus.Sent, (await app.ReadAsync(db => db.Proposals.SingleAsync(p => p.Id == sent.ProposalId))).Status);
    }

    [Fact]
    public async Task DecliningNeedsAReasonKeepsTheProposalSentAndThenRefusesAnAccept()
    {
        var sent = await app.SentProposalAsync("Decline Oy");
        var (token, linkId) = await app.LinkAsync(sent);
        var client = app.ClientBrowser();

        var noReason = await client.PostFormAsync($"/p/{token}/decline", ("reason", ""), ("text", "We are not sure."));
        var tooLong = await client.PostFormAsync($"/p/{token}/decline", ("reason", "other"), ("text", new string('x', ClientLinkRules.DeclineTextMaxLength + 1)));
        var declined = await client.PostFormAsync($"/p/{token}/decline", ("reason", "competitor"), ("competitor", "Rival Ltd"), ("text", "They were cheaper."));
        var accept = await client.PostFormAsync($"/p/{token}/accept", Acceptance(sent.OptionIds[0]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Choose the reason you decline.", await noReason.Content.ReadAsStringAsync());
        Assert.Contains("We are not sure.", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Contains("The proposal was declined", await declined.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, accept.StatusCode);
        Assert.Contains("already declined by Dana Smith", await accept.Content.ReadAsStringAsync());
        var decision = await app.ReadAsync(db => db.ClientDecisions.SingleAsync(d => d.ProposalId == sent.ProposalId));
        Assert.Equal((ClientDecisionKind.Declined, DeclineReason.Competitor, "Rival Ltd", "They were cheaper."), (decision.Kind, decision.DeclineReason, decision.Competitor, decision.Text));
        var proposal = await app.ReadAsync(db => db.Proposals.Include(p => p.History).SingleAsync(p => p.Id == sent.ProposalId));
        Assert.Equal(ProposalStatus.Sent, proposal.Status);
        Assert.Equal("Declined online by Dana Smith: chose a competitor (Rival Ltd). They were cheaper.", proposal.History.OrderBy(h => h.Id).Last().Comment);
        Assert.Equal($"client:{linkId}", proposal.History.OrderBy(h => h.Id).Last().ActorId);
        var builder = Html.Parse(await (await app.SignInAsync("presales@demo.local")).GetPageAsync($"/proposals/{sent.ProposalId}"));
        Assert.Equal("Declined online by Dana Smith: chose a competitor (Rival Ltd). They were cheaper.", builder.One("#comment-lost").TextContent);
    }

    [Fact]
    public async Task AnAcceptOnAProposalNoLongerSentIsRefused()
    {
        var sent = await app.SentProposalAsync("Withdrawn Oy");
        var (token, _) = await app.LinkAsync(sent);
        Assert.Equal(HttpStatusCode.OK, (await sent.Presales.PostAsync($"/api/v1/proposals/{sent.ProposalId}/withdraw", null)).StatusCode);

        var accept = await app.ClientBrowser().PostFormAsync($"/p/{token}/accept", Acceptance(sent.OptionIds[0]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, accept.StatusCode);
        Assert.Contains("can no longer be answered online", await accept.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.ReadAsync(db => db.ClientDecisions.CountAsync(d => d.ProposalId == sent.ProposalId)));
    }

    [Fact]
    public async Task AQuestionGoesIntoThisRecipientsThreadOnly()
    {
        var sent = await app.SentProposalAsync("Question Oy");
        var (dana, danaLink) = await app.LinkAsync(sent, "Dana Smith");
        var (sam, _) = await app.LinkAsync(sent, "Sam Jones", "sam@client.example");
        var client = app.ClientBrowser();

        var empty = await client.PostFormAsync($"/p/{dana}/ask", ("text", "   "));
        var tooLong = await client.PostFormAsync($"/p/{dana}/ask", ("text", new string('q', ClientLinkRules.QuestionMaxLength + 1)));
        var asked = await client.PostFormAsync($"/p/{dana}/ask", ("text", "Can we start in March?"));
        var samsPage = await (await client.PostFormAsync($"/p/{sam}")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Write your question first.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Can we start in March?", await asked.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Can we start in March?", samsPage);
        var question = await app.ReadAsync(db => db.ClientQuestions.SingleAsync(q => q.ProposalId == sent.ProposalId));
        Assert.Equal((danaLink, true, "Dana Smith"), (question.ClientLinkId, question.FromClient, question.AuthorName));
    }
}
