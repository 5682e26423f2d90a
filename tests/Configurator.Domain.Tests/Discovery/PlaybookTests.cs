using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;

namespace Configurator.Domain.Tests.Discovery;

public sealed class PlaybookTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static PlaybookFacts Facts(int pains = 3, int quantified = 1, bool buyer = true, int proposals = 0, int sent = 0) =>
        new(pains, quantified, buyer ? new HashSet<StakeholderRole> { StakeholderRole.EconomicBuyer } : [], proposals, sent);

    private static readonly HashSet<string> _none = [];

    [Fact]
    public void LeavingDiscoveryWithEverythingDoneNeedsNoReason()
    {
        var move = Playbook.Default.Plan(OpportunityStage.Discovery, OpportunityStage.SolutionDesign, Facts(), _none);

        Assert.Equal(StageMoveKind.Forward, move.Kind);
        Assert.All(move.Actions, a => Assert.True(a.Done));
        Assert.False(move.NeedsReason);
        Assert.Null(move.Problem(null));
    }

    [Theory]
    [InlineData(2, 1, true, "Capture at least three pain points in the client's words")]
    [InlineData(3, 0, true, "Quantify the annual impact of at least one pain point")]
    [InlineData(3, 1, false, "Identify the economic buyer")]
    public void EachDefaultDiscoveryCheckHoldsADealBackUntilAReasonIsGiven(int pains, int quantified, bool buyer, string open)
    {
        var move = Playbook.Default.Plan(OpportunityStage.Discovery, OpportunityStage.SolutionDesign, Facts(pains, quantified, buyer), _none);

        Assert.Equal([open], move.Open.Select(a => a.Action.Text));
        Assert.Contains(open, move.Problem(null));
        Assert.Contains(open, move.Problem("   "));
        Assert.Null(move.Problem("The client asked to skip ahead"));
    }

    [Fact]
    public void SkippingStagesAppliesTheChecklistOfEveryStageLeft()
    {
        var move = Playbook.Default.Plan(OpportunityStage.Discovery, OpportunityStage.Won, Facts(proposals: 1, sent: 0), _none);

        Assert.Equal(
            ["Send a revision of the proposal to the client", "Agree the commercial terms with the economic buyer"],
            move.Open.Select(a => a.Action.Text));
    }

    [Fact]
    public void ManualActionsAreDoneWhenTheRepConfirmsThem()
    {
        var unconfirmed = Playbook.Default.Plan(OpportunityStage.Negotiation, OpportunityStage.Won, Facts(), _none);
        var confirmed = Playbook.Default.Plan(OpportunityStage.Negotiation, OpportunityStage.Won, Facts(), new HashSet<string> { "negotiation:0" });

        Assert.True(unconfirmed.NeedsReason);
        Assert.False(confirmed.NeedsReason);
        Assert.Equal("negotiation:0", unconfirmed.Actions.Single().Key);
    }

    [Fact]
    public void LosingNeedsAReasonMovingBackAndReopeningDoNot()
    {
        Assert.Contains("Say why the deal was lost", Playbook.Default.Plan(OpportunityStage.Proposal, OpportunityStage.Lost, Facts(), _none).Problem(""));
        Assert.Null(Playbook.Default.Plan(OpportunityStage.Proposal, OpportunityStage.Discovery, Facts(0, 0, false), _none).Problem(null));
        Assert.Null(Playbook.Default.Plan(OpportunityStage.Lost, OpportunityStage.Negotiation, Facts(0, 0, false), _none).Problem(null));
        Assert.Equal("The opportunity is already in Proposal.", Playbook.Default.Plan(OpportunityStage.Proposal, OpportunityStage.Proposal, Facts(), _none).Problem("x"));
    }

    [Fact]
    public void EachRefusedMoveNamesItsFieldAndAStableCode()
    {
        var open = Playbook.Default.Plan(OpportunityStage.Discovery, OpportunityStage.SolutionDesign, Facts(0), _none).Issue(null);
        var lost = Playbook.Default.Plan(OpportunityStage.Proposal, OpportunityStage.Lost, Facts(), _none).Issue(" ");
        var same = Playbook.Default.Plan(OpportunityStage.Proposal, OpportunityStage.Proposal, Facts(), _none).Issue("x");
        var tooLong = Playbook.Default.Plan(OpportunityStage.Discovery, OpportunityStage.SolutionDesign, Facts(0), _none).Issue(new string('x', DiscoveryLimits.ReasonMaxLength + 1));

        Assert.Equal(("reason", DiscoveryIssueCodes.ActionsOpen), (open!.Field, open.Code));
        Assert.Equal(("reason", DiscoveryIssueCodes.Required), (lost!.Field, lost.Code));
        Assert.Equal(("stage", DiscoveryIssueCodes.Unchanged), (same!.Field, same.Code));
        Assert.Equal(("reason", DiscoveryIssueCodes.TooLong), (tooLong!.Field, tooLong.Code));
    }

    [Fact]
    public void AnAutomaticCheckSaysWhatItCountedAndAManualOneDoesNot()
    {
        var checklist = Playbook.Default.Check(OpportunityStage.Discovery, Facts(2));
        var manual = Playbook.Default.Check(OpportunityStage.Negotiation, Facts());

        Assert.Equal(2, checklist[0].Count);
        Assert.Null(checklist[2].Count);
        Assert.Null(manual.Single().Count);
    }

    [Fact]
    public void AnOverLongReasonIsRefused()
    {
        var move = Playbook.Default.Plan(OpportunityStage.Discovery, OpportunityStage.SolutionDesign, Facts(0), _none);

        Assert.Contains("1000 characters", move.Problem(new string('x', DiscoveryLimits.ReasonMaxLength + 1)));
    }

    [Fact]
    public void AConfiguredPlaybookReplacesTheDefaults()
    {
        var playbook = new Playbook(new Dictionary<OpportunityStage, IReadOnlyList<PlaybookAction>>
        {
            [OpportunityStage.Discovery] = [new("Know the champion", PlaybookCheck.Champion)],
        });

        Assert.Equal("nobody recorded", playbook.Check(OpportunityStage.Discovery, Facts()).Single().Detail);
        Assert.Empty(playbook.Check(OpportunityStage.Proposal, Facts()));
    }

    [Fact]
    public void PainPointsMoveWithinTheirOrderAndPrioritiesStayOneToN()
    {
        var opportunity = Opportunity.Create(1, "Deal", OpportunityStage.Discovery, null, null, CurrencyCode.From("EUR"), [], "owner", _at);
        var a = opportunity.AddPainPoint("A", "X", "", 3, null, null, "rep", _at);
        var b = opportunity.AddPainPoint("B", "X", "", 3, null, null, "rep", _at);
        var c = opportunity.AddPainPoint("C", "X", "", 3, null, null, "rep", _at);

        opportunity.MovePainPoint(c, -1);
        opportunity.MovePainPoint(a, -5);
        opportunity.MovePainPoint(b, 10);

        Assert.Equal(["A", "C", "B"], opportunity.PainPoints.OrderBy(p => p.Priority).Select(p => p.Title));
        Assert.Equal([1, 2, 3], opportunity.PainPoints.Select(p => p.Priority).Order());
    }

    [Fact]
    public void EditingAPainPointMovesItsVersionAndKeepsWhoCapturedIt()
    {
        var opportunity = Opportunity.Create(1, "Deal", OpportunityStage.Discovery, null, null, CurrencyCode.From("EUR"), [], "owner", _at);
        var pain = opportunity.AddPainPoint("A", "X", "", 3, null, null, "user-7", _at);

        pain.Update("A, in their words", "Y", "它很慢", 5, 1000m, null, _at.AddHours(1));

        Assert.Equal(2, pain.Version);
        Assert.Equal("user-7", pain.CapturedById);
        Assert.Equal(_at, pain.CapturedAt);
        Assert.Equal(_at.AddHours(1), pain.ChangedAt);
        Assert.Throws<ArgumentOutOfRangeException>(() => pain.Update("A", "Y", "", 6, null, null, _at));
    }
}
