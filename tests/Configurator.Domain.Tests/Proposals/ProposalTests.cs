using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;

namespace Configurator.Domain.Tests.Proposals;

public sealed class ProposalTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly ItemSnapshot _item = new("STD", ItemKind.Standard, "Core", "user", PricingModel.Monthly, 100m, null, 15m,
        new QuantityBounds(1, 10, 1), [], [], [], [], "");

    private static Proposal WithOneLine()
    {
        var proposal = Proposal.Create(1, "Deal", "en", "EUR", 12, "presales", _at);
        var option = proposal.AddOption("Main", "", [], "presales", _at);
        proposal.AddLine(option, _item, 1, 0m, "", "presales", _at);
        return proposal;
    }

    [Theory]
    [InlineData(ProposalAction.Approve)]
    [InlineData(ProposalAction.Reject)]
    [InlineData(ProposalAction.Send)]
    [InlineData(ProposalAction.Won)]
    [InlineData(ProposalAction.Lost)]
    public void ADraftCanOnlyBeSubmittedEditedOrWithdrawn(ProposalAction action)
    {
        var proposal = WithOneLine();

        Assert.NotNull(proposal.Refuses(action));
        Assert.Null(proposal.Refuses(ProposalAction.Submit));
        Assert.Null(proposal.Refuses(ProposalAction.Withdraw));
        Assert.Throws<InvalidOperationException>(() => proposal.Send("x", _at));
    }

    [Fact]
    public void AnEmptyProposalCannotBeSubmitted()
    {
        var proposal = Proposal.Create(1, "Deal", "en", "EUR", 12, "presales", _at);
        proposal.AddOption("Main", "", [], "presales", _at);

        Assert.Equal("Add at least one line before submitting the proposal.", proposal.Refuses(ProposalAction.Submit));
    }

    [Fact]
    public void TheWorkflowRunsDraftToWonAndKeepsItsHistory()
    {
        var proposal = WithOneLine();

        proposal.Submit(approvalRequired: true, "Discount beyond limit.", "presales", _at);
        proposal.Approve("ok", "approver", _at);
        proposal.Send("presales", _at);
        proposal.MarkWon("signed", "presales", _at);

        Assert.Equal(ProposalStatus.Won, proposal.Status);
        Assert.Equal(["submit", "approve", "send", "won"], proposal.History.Select(h => h.Action));
        Assert.NotNull(proposal.Refuses(ProposalAction.Edit));
    }

    [Fact]
    public void EditingAnApprovedProposalReturnsItToDraft()
    {
        var proposal = WithOneLine();
        proposal.Submit(approvalRequired: false, "", "presales", _at);
        var version = proposal.Version;

        proposal.ChangeLine(proposal.Options[0], proposal.Options[0].Lines[0], 2, 0m, "presales", _at);

        Assert.Equal(ProposalStatus.Draft, proposal.Status);
        Assert.Equal(version + 1, proposal.Version);
        Assert.Equal("edit", proposal.History[^1].Action);
    }

    [Fact]
    public void OptionsMoveAndTheLastOneStays()
    {
        var proposal = Proposal.Create(1, "Deal", "en", "EUR", 12, "presales", _at);
        var a = proposal.AddOption("A", "", [], "presales", _at);
        var b = proposal.AddOption("B", "", [], "presales", _at);

        proposal.MoveOption(b, -1, "presales", _at);
        proposal.RemoveOption(a, "presales", _at);

        Assert.Equal(["B"], proposal.OptionsInOrder.Select(o => o.Name));
        Assert.Throws<InvalidOperationException>(() => proposal.RemoveOption(b, "presales", _at));
    }
}
