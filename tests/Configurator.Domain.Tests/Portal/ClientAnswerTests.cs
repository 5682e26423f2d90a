using Configurator.Domain.Portal;

namespace Configurator.Domain.Tests.Portal;

public sealed class ClientAnswerAcceptProblems
{
    private static readonly int[] _options = [7, 8];

    [Fact]
    public void AcceptsANameTitleAuthorityAndNoSignature() =>
        Assert.Empty(ClientAnswer.AcceptProblems(7, _options, "Dana Smith", "CFO", authorised: true, signaturePng: null));

    [Fact]
    public void ReportsEveryProblemAtOnce()
    {
        var issues = ClientAnswer.AcceptProblems(99, _options, " ", new string('t', ClientLinkRules.SignerTitleMaxLength + 1), authorised: false, signaturePng: [1, 2, 3]);

        Assert.Equal([ClientLinkIssueCodes.OptionUnknown, ClientLinkIssueCodes.NameMissing, ClientLinkIssueCodes.TitleTooLong, ClientLinkIssueCodes.NotAuthorised,
            ClientLinkIssueCodes.SignatureInvalid], issues.Select(i => i.Code));
        Assert.Equal(["optionId", "name", "title", "authorised", "signature"], issues.Select(i => i.Field));
    }

    [Fact]
    public void RefusesANameOverItsLimit() =>
        Assert.Equal(ClientLinkIssueCodes.NameTooLong,
            Assert.Single(ClientAnswer.AcceptProblems(7, _options, new string('n', ClientLinkRules.SignerNameMaxLength + 1), "CFO", true, null)).Code);
}

public sealed class ClientAnswerSignatureProblem
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public void AcceptsAPng() => Assert.Null(ClientAnswer.SignatureProblem(TinyPng));

    [Fact]
    public void RefusesAJpeg() => Assert.NotNull(ClientAnswer.SignatureProblem([0xFF, 0xD8, 0xFF, 0xE0, .. new byte[40]]));

    [Fact]
    public void RefusesThePngSignatureWithoutAnIhdr() => Assert.NotNull(ClientAnswer.SignatureProblem([.. TinyPng.AsSpan(0, 8), .. new byte[40]]));

    [Fact]
    public void RefusesAPngOverTheLimit()
    {
        var large = new byte[ClientLinkRules.SignatureMaxBytes + 1];
        TinyPng.CopyTo(large, 0);

        Assert.Contains("too large", ClientAnswer.SignatureProblem(large)!.Message);
    }
}

public sealed class ClientAnswerDeclineProblems
{
    [Fact]
    public void NeedsAReason() => Assert.Equal(ClientLinkIssueCodes.ReasonMissing, Assert.Single(ClientAnswer.DeclineProblems(null, "", "")).Code);

    [Fact]
    public void RefusesAnUnlistedReason() => Assert.Single(ClientAnswer.DeclineProblems((DeclineReason)42, "", ""));

    [Fact]
    public void RefusesTextOverItsLimit() =>
        Assert.Equal("text", Assert.Single(ClientAnswer.DeclineProblems(DeclineReason.Price, "", new string('x', ClientLinkRules.DeclineTextMaxLength + 1))).Field);

    [Fact]
    public void AcceptsAReasonWithACompetitor() => Assert.Empty(ClientAnswer.DeclineProblems(DeclineReason.Competitor, "Rival Ltd", "They were cheaper."));
}

public sealed class ClientAnswerRefusal
{
    [Fact]
    public void AllowsAnOpenLinkOfTheSentRevision() => Assert.Null(ClientAnswer.Refusal(ClientLinkState.Open, true, 2, 2, null, null));

    [Fact]
    public void RefusesASecondAnswerNamingWhoAccepted() =>
        Assert.Contains("accepted by Dana", ClientAnswer.Refusal(ClientLinkState.Open, false, 2, 2, ClientDecisionKind.Accepted, "Dana")!.Message);

    [Fact]
    public void RefusesAnAcceptAfterADecline() =>
        Assert.Contains("declined", ClientAnswer.Refusal(ClientLinkState.Open, true, 2, 2, ClientDecisionKind.Declined, "Dana")!.Message);

    [Theory]
    [InlineData(ClientLinkState.Expired)]
    [InlineData(ClientLinkState.Revoked)]
    [InlineData(ClientLinkState.Superseded)]
    public void RefusesALinkThatNoLongerOpens(ClientLinkState state) =>
        Assert.Equal(ClientLinkIssueCodes.LinkClosed, ClientAnswer.Refusal(state, true, 2, 2, null, null)!.Code);

    [Fact]
    public void RefusesWhenTheProposalIsNoLongerSent() => Assert.NotNull(ClientAnswer.Refusal(ClientLinkState.Open, false, 2, 2, null, null));

    [Fact]
    public void RefusesAnOlderRevisionThanTheOneSent() => Assert.NotNull(ClientAnswer.Refusal(ClientLinkState.Open, true, 3, 2, null, null));
}
