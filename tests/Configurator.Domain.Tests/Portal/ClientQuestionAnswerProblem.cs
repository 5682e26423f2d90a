using Configurator.Domain.Portal;

namespace Configurator.Domain.Tests.Portal;

/// <summary>What the company may answer a client: some words, and no more than a question may hold.</summary>
public sealed class ClientQuestionAnswerProblem
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void AnEmptyAnswerIsRefusedOnTheTextField(string? text)
    {
        var problem = ClientQuestion.AnswerProblem(text);

        Assert.NotNull(problem);
        Assert.Equal((ClientLinkIssueCodes.AnswerEmpty, "text", "Write your answer first."), (problem.Code, problem.Field, problem.Message));
    }

    [Fact]
    public void AnAnswerLongerThanAQuestionMayBeIsRefusedWithItsLength()
    {
        var problem = ClientQuestion.AnswerProblem(new string('a', ClientLinkRules.QuestionMaxLength + 1));

        Assert.NotNull(problem);
        Assert.Equal(ClientLinkIssueCodes.TextTooLong, problem.Code);
        Assert.Contains($"this has {ClientLinkRules.QuestionMaxLength + 1}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnswerAtTheLimitAfterTrimmingIsAccepted()
    {
        Assert.Null(ClientQuestion.AnswerProblem($"  {new string('a', ClientLinkRules.QuestionMaxLength)}  "));
    }

    [Fact]
    public void AnAnswerIsFromTheCompanyTrimmedAndInTheLinksThread()
    {
        var at = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
        var (link, _) = ClientLink.Create(7, 2, 3, "Dana Client", "dana@client.test", new string('0', 64), null, at.AddDays(10), "sender", at);

        var answer = ClientQuestion.Answer(link!, "presales-id", "Pat Presales", "  Yes.  ", at);

        Assert.Equal((7, false, "presales-id", "Pat Presales", "Yes."), (answer.ProposalId, answer.FromClient, answer.AuthorId, answer.AuthorName, answer.Text));
    }
}
