using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Portal;
using Configurator.Domain.Proposals;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Portal;

internal static class Sending
{
    public static readonly DateTimeOffset At = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, OfferItemSpec> _catalogue = Items(Item("STD", addresses: "SLOW:3"));

    private static readonly ClientPain[] _pains = [Pain(1, "SLOW", 5, 100_000m)];

    /// <summary>A proposal with one line, approved (no approval needed).</summary>
    public static Proposal Approved()
    {
        var (proposal, _) = Proposal.Create(1, "Deal", "en", CurrencyCode.From("EUR"), 12, "presales", At);
        proposal!.AddOption("Main", "", [], "presales", At);
        Assert.Empty(proposal.AddItem(proposal.Options[0], "STD", 1, 0m, _catalogue, _pains, "presales", At));
        Assert.Empty(proposal.Take(ProposalAction.Submit, "", proposal.Evaluate(_pains, _catalogue, EnginePolicy.Default), "presales", At));
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        return proposal;
    }
}

public sealed class ClientSendingRefusal
{
    [Fact]
    public void AllowsTheLatestRevisionOfAnApprovedOrSentProposal()
    {
        var proposal = Sending.Approved();
        Assert.Null(ClientSending.Refusal(proposal, 1, 1));

        Assert.Empty(proposal.Take(ProposalAction.Send, null, null, "presales", Sending.At.AddMinutes(1), latestRevision: new(1, Sending.At.AddMinutes(1))));
        Assert.Null(ClientSending.Refusal(proposal, 1, 1));
    }

    [Fact]
    public void RefusesAnOlderRevisionNamingTheLatest()
    {
        var refusal = ClientSending.Refusal(Sending.Approved(), 1, 2);

        Assert.Equal(ClientLinkIssueCodes.NotLatestRevision, refusal!.Code);
        Assert.Equal("Revision 1 is not the latest; send revision 2 instead.", refusal.Message);
    }

    [Fact]
    public void RefusesADraftSayingToSubmitFirstAndAWonProposalForGood()
    {
        var (draft, _) = Proposal.Create(1, "Deal", "en", CurrencyCode.From("EUR"), 12, "presales", Sending.At);
        var won = Sending.Approved();
        Assert.Empty(won.Take(ProposalAction.Send, null, null, "presales", Sending.At.AddMinutes(1), latestRevision: new(1, Sending.At.AddMinutes(1))));
        Assert.Empty(won.Take(ProposalAction.Won, null, null, "presales", Sending.At.AddMinutes(2)));

        Assert.Contains("submit it and have it approved", ClientSending.Refusal(draft!, 1, 1)!.Message);
        Assert.Contains("can no longer be sent", ClientSending.Refusal(won, 1, 1)!.Message);
        Assert.Equal(ClientLinkIssueCodes.NotLatestRevision, ClientSending.Refusal(Sending.Approved(), 1, null)!.Code);
    }
}

public sealed class ClientSendingDefaultExpiry
{
    [Fact]
    public void IsTheEndOfTheValidityDateWhileItIsAhead()
    {
        Assert.Equal(new DateTimeOffset(2027, 1, 6, 0, 0, 0, TimeSpan.Zero), ClientSending.DefaultExpiry(new DateOnly(2027, 1, 5), Sending.At));
    }

    [Fact]
    public void IsThirtyDaysFromTodayWithoutAValidityAheadOfNow()
    {
        var thirty = new DateTimeOffset(2027, 1, 6, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(thirty, ClientSending.DefaultExpiry(null, Sending.At));
        Assert.Equal(thirty, ClientSending.DefaultExpiry(new DateOnly(2026, 12, 1), Sending.At));
    }
}

public sealed class ProposalTakeSend
{
    [Fact]
    public void StartsFromSentForANewerRevisionAndRecordsIt()
    {
        var proposal = Sending.Approved();
        Assert.Empty(proposal.Take(ProposalAction.Send, null, null, "presales", Sending.At.AddMinutes(1), latestRevision: new(1, Sending.At.AddMinutes(1))));

        Assert.Empty(proposal.Take(ProposalAction.Send, null, null, "presales", Sending.At.AddDays(1), latestRevision: new(2, Sending.At.AddDays(1))));

        Assert.Equal((ProposalStatus.Sent, 2), (proposal.Status, proposal.SentRevision));
        Assert.Equal("Revision 2 sent.", proposal.History[^1].Comment);
        Assert.Equal((ProposalStatus.Sent, ProposalStatus.Sent), (proposal.History[^1].From, proposal.History[^1].To));
        Assert.False(ClientSending.MarksSent(proposal, 2));
        Assert.True(ClientSending.MarksSent(proposal, 3));
    }

    [Fact]
    public void RefusesTheRevisionAlreadySent()
    {
        var proposal = Sending.Approved();
        Assert.Empty(proposal.Take(ProposalAction.Send, null, null, "presales", Sending.At.AddMinutes(1), latestRevision: new(1, Sending.At.AddMinutes(1))));
        var version = proposal.Version;

        var issue = Assert.Single(proposal.Take(ProposalAction.Send, null, null, "presales", Sending.At.AddDays(1), latestRevision: new(1, Sending.At.AddMinutes(1))));

        Assert.Equal(ProposalIssueCodes.RevisionAlreadySent, issue.Code);
        Assert.Equal((version, 2), (proposal.Version, proposal.History.Count));
    }
}
