using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Proposals;

public sealed class ProposalTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, OfferItemSpec> _catalogue = Items(
        Item("STD", addresses: "SLOW:3", min: 1, max: 10, maxDiscount: 15m),
        Item("INN", ItemKind.Innovation, addresses: "SLOW:2", requires: ["SVC"]),
        Item("SVC", ItemKind.Service),
        Item("RIVAL", excludes: ["STD"]),
        Item("NEEDS-RIVAL", ItemKind.Innovation, requires: ["RIVAL"]),
        Item("OLD", status: ItemStatus.Retired),
        Item("NEW", status: ItemStatus.Draft),
        Item("USD-ONLY", currency: "USD"),
        Item("NEEDS-OLD", requires: ["OLD"]));

    private static readonly ClientPain[] _pains = [Pain(1, "SLOW", 5, 100_000m)];

    private static Proposal Draft(string currency = "EUR")
    {
        var (proposal, issues) = Proposal.Create(1, "Deal", "en", CurrencyCode.From(currency), 12, "presales", _at);
        Assert.Empty(issues);
        proposal!.AddOption("Main", "", [], "presales", _at);
        return proposal;
    }

    private static Proposal WithOneLine(decimal discount = 0m)
    {
        var proposal = Draft();
        Assert.Empty(proposal.AddItem(proposal.Options[0], "STD", 1, discount, _catalogue, _pains, "presales", _at));
        return proposal;
    }

    private static IReadOnlyList<EvaluatedOption> Evaluated(Proposal proposal) => proposal.Evaluate(_pains, _catalogue, EnginePolicy.Default);

    private static readonly IssuedRevision _revision = new(1, _at);

    private static void Submit(Proposal proposal, string justification = "") =>
        Assert.Empty(proposal.Take(ProposalAction.Submit, justification, Evaluated(proposal), "presales", _at));

    [Fact]
    public void CreateReportsEveryProblemAtOnceByField()
    {
        var (proposal, issues) = Proposal.Create(1, "  ", "fr", Eur, 0, "presales", _at);

        Assert.Null(proposal);
        Assert.Equal(["title", "language", "termMonths"], issues.Select(i => i.Field));
        Assert.Equal([ProposalIssueCodes.TitleMissing, ProposalIssueCodes.LanguageUnknown, IssueCodes.TermInvalid], issues.Select(i => i.Code));
    }

    [Fact]
    public void CreateTrimsTheTitleAndDefaultsLanguageAndTerm()
    {
        var (proposal, issues) = Proposal.Create(1, "  Faster returns ", null, Eur, null, "presales", _at);

        Assert.Empty(issues);
        Assert.Equal(("Faster returns", "en", 36, ProposalStatus.Draft, 1), (proposal!.Title, proposal.Language, proposal.TermMonths, proposal.Status, proposal.Version));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void TheContractTermLimitIsTheEvaluatorsLimit(int months)
    {
        var (_, issues) = Proposal.Create(1, "Deal", "en", Eur, months, "presales", _at);
        var evaluation = Evaluator.Evaluate(new Configuration(Eur, months, []), [], _catalogue);

        Assert.Equal(IssueCodes.TermInvalid, issues.Single().Code);
        Assert.Equal(issues.Single().Message, evaluation.Issues.Single(i => i.Code == IssueCodes.TermInvalid).Message);
    }

    [Fact]
    public void AddingAnItemBringsInWhatItRequiresWithReasons()
    {
        var proposal = Draft();

        var issues = proposal.AddItem(proposal.Options[0], " INN ", null, null, _catalogue, _pains, "presales", _at);

        Assert.Empty(issues);
        var lines = proposal.Options[0].Lines;
        Assert.Equal(["INN", "SVC"], lines.Select(l => l.Item.Code));
        Assert.Equal("Added by presales. Answers “Pain 1” (medium).", lines[0].Reason);
        Assert.Equal("Required by INN (Item INN).", lines[1].Reason);
        Assert.Equal(3, proposal.Version);
    }

    [Theory]
    [InlineData("", ProposalIssueCodes.ItemUnknown)]
    [InlineData("NOPE", ProposalIssueCodes.ItemUnknown)]
    [InlineData("OLD", IssueCodes.ItemRetired)]
    [InlineData("NEW", IssueCodes.ItemNotActive)]
    [InlineData("USD-ONLY", IssueCodes.ItemNotPriced)]
    [InlineData("STD", ProposalIssueCodes.ItemAlreadyInOption)]
    [InlineData("RIVAL", ProposalIssueCodes.RuleClash)]
    [InlineData("NEEDS-RIVAL", ProposalIssueCodes.RuleClash)]
    [InlineData("NEEDS-OLD", ProposalIssueCodes.RuleClash)]
    public void AnItemTheEngineWouldFlagIsRefusedAndNothingIsAdded(string code, string expected)
    {
        var proposal = WithOneLine();
        var version = proposal.Version;

        var issue = Assert.Single(proposal.AddItem(proposal.Options[0], code, null, null, _catalogue, _pains, "presales", _at));

        Assert.Equal((expected, "itemCode"), (issue.Code, issue.Field));
        Assert.Equal(["STD"], proposal.Options[0].Lines.Select(l => l.Item.Code));
        Assert.Equal(version, proposal.Version);
    }

    [Fact]
    public void AnUnknownCodeIsEchoedNoLongerThanACodeCanBe()
    {
        var proposal = Draft();

        var issue = Assert.Single(proposal.AddItem(proposal.Options[0], new string('X', 5_000), null, null, _catalogue, _pains, "presales", _at));

        Assert.Equal(ProposalIssueCodes.ItemUnknown, issue.Code);
        Assert.True(issue.Message.Length < 100, issue.Message);
    }

    [Fact]
    public void AClashSaysWhatToRemove()
    {
        var proposal = WithOneLine();

        var issue = Assert.Single(proposal.AddItem(proposal.Options[0], "NEEDS-RIVAL", null, null, _catalogue, _pains, "presales", _at));

        Assert.Equal("Item NEEDS-RIVAL (NEEDS-RIVAL) cannot be added: NEEDS-RIVAL requires RIVAL, which excludes STD, already in the solution; remove STD first or choose another item.", issue.Message);
    }

    [Fact]
    public void LineValuesOutOfBoundsAreRefusedTogetherAndChangeNothing()
    {
        var proposal = WithOneLine();
        var line = proposal.Options[0].Lines[0];
        var version = proposal.Version;

        var issues = proposal.ChangeLine(proposal.Options[0], line, 11, 101m, "presales", _at);

        Assert.Equal([(IssueCodes.QuantityOutOfBounds, "quantity"), (IssueCodes.DiscountOutOfRange, "discountPercent")], issues.Select(i => (i.Code, i.Field!)));
        Assert.Equal((1, 0m, version), (line.Quantity, line.DiscountPercent, proposal.Version));
        Assert.Equal(IssueCodes.QuantityOutOfBounds, Assert.Single(proposal.AddItem(proposal.Options[0], "SVC", 0, null, _catalogue, _pains, "presales", _at)).Code);
    }

    [Fact]
    public void AChangeLeavesOutWhatItDoesNotName()
    {
        var proposal = WithOneLine(discount: 5m);
        var line = proposal.Options[0].Lines[0];

        Assert.Empty(proposal.ChangeLine(proposal.Options[0], line, 4, null, "presales", _at));

        Assert.Equal((4, 5m), (line.Quantity, line.DiscountPercent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("main")]
    [InlineData("A name of more than sixty characters, which no tab could ever show")]
    public void OptionNamesAreRefusedTheSameWayWhenAddedOrRenamed(string name)
    {
        var proposal = Draft();
        var (second, _) = proposal.AddOption("Second", "", [], "presales", _at);

        var (added, addIssues) = proposal.AddOption(name, "", [], "presales", _at);
        var renameIssues = proposal.RenameOption(second!, name, "presales", _at);

        Assert.Null(added);
        Assert.Equal(addIssues.Single().Code, renameIssues.Single().Code);
        Assert.Equal("name", renameIssues.Single().Field);
        Assert.Equal("Second", second!.Name);
    }

    [Fact]
    public void AnOptionMayKeepItsOwnNameInAnotherCase()
    {
        var proposal = Draft();

        Assert.Empty(proposal.RenameOption(proposal.Options[0], "MAIN", "presales", _at));
        Assert.Equal("MAIN", proposal.Options[0].Name);
    }

    [Fact]
    public void OptionsMoveAndTheLastOneStays()
    {
        var proposal = Draft();
        var a = proposal.Options[0];
        var (b, _) = proposal.AddOption("B", "", [], "presales", _at);

        proposal.MoveOption(b!, -1, "presales", _at);
        Assert.Empty(proposal.RemoveOption(a, "presales", _at));

        Assert.Equal(["B"], proposal.OptionsInOrder.Select(o => o.Name));
        Assert.Equal(ProposalIssueCodes.LastOption, Assert.Single(proposal.RemoveOption(b!, "presales", _at)).Code);
    }

    [Fact]
    public void AnEmptyProposalCannotBeSubmitted()
    {
        var proposal = Draft();

        var issue = Assert.Single(proposal.Take(ProposalAction.Submit, "", Evaluated(proposal), "presales", _at));

        Assert.Equal(("Add at least one line before submitting the proposal.", null), (issue.Message, issue.Field));
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Fact]
    public void SubmittingWithinEveryLimitApprovesAtOnce()
    {
        var proposal = WithOneLine();

        Submit(proposal);

        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal("No approval needed: every discount is within its limits.", proposal.History[^1].Comment);
    }

    [Fact]
    public void ADiscountBeyondItsLimitSendsTheProposalToReviewWithTheJustification()
    {
        var proposal = WithOneLine(discount: 30m);

        Submit(proposal, "  Three-year commitment against a rival's offer. ");

        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal("Three-year commitment against a rival's offer.", proposal.History[^1].Comment);
        Assert.Contains(EvaluatedOption.ApprovalOf(Evaluated(proposal)).Reasons, r => r.Contains("beyond its 15% limit", StringComparison.Ordinal));
    }

    [Fact]
    public void ADiscountBeyondItsLimitIsNotSubmittedWithoutAJustification()
    {
        var proposal = WithOneLine(discount: 30m);

        var issue = Assert.Single(proposal.Take(ProposalAction.Submit, "   ", Evaluated(proposal), "presales", _at));

        Assert.Equal((ProposalIssueCodes.CommentNeeded, "comment"), (issue.Code, issue.Field));
        Assert.Equal(ProposalWorkflow.Of(ProposalAction.Submit).CommentNeeded, issue.Message);
        Assert.Equal((ProposalStatus.Draft, null), (proposal.Status, proposal.SubmittedOptionId));
    }

    [Fact]
    public void AJustificationLongerThanTheLimitIsRefused()
    {
        var proposal = WithOneLine(discount: 30m);

        var issue = Assert.Single(proposal.Take(ProposalAction.Submit, new string('x', ProposalTerms.CommentMaxLength + 1), Evaluated(proposal), "presales", _at));

        Assert.Equal((ProposalIssueCodes.CommentTooLong, "comment"), (issue.Code, issue.Field));
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Fact]
    public void SubmittingRecordsTheOptionNamedOrTheFirst()
    {
        var named = WithOneLine();
        var (second, _) = named.AddOption("Second", "", named.Options[0].ToConfiguration(CurrencyCode.From("EUR"), 12).Lines, "presales", _at);
        var first = WithOneLine();

        Assert.Empty(named.Take(ProposalAction.Submit, "", Evaluated(named), "presales", _at, optionId: second!.Id));
        Submit(first);

        Assert.Equal(second.Id, named.SubmittedOptionId);
        Assert.Equal(first.OptionsInOrder.First().Id, first.SubmittedOptionId);
    }

    [Fact]
    public void SubmittingAnOptionTheProposalDoesNotHaveIsRefused()
    {
        var proposal = WithOneLine();

        var issue = Assert.Single(proposal.Take(ProposalAction.Submit, "", Evaluated(proposal), "presales", _at, optionId: 999));

        Assert.Equal((ProposalIssueCodes.OptionUnknown, "optionId"), (issue.Code, issue.Field));
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Fact]
    public void MarkAsSentNeedsAnIssuedRevisionAndRecordsIt()
    {
        var proposal = WithOneLine();
        Submit(proposal);
        var version = proposal.Version;

        var refused = Assert.Single(proposal.Take(ProposalAction.Send, null, null, "presales", _at));
        Assert.Equal(ProposalIssueCodes.RevisionNeeded, refused.Code);
        Assert.Null(refused.Field);
        Assert.Equal((ProposalStatus.Approved, version, null), (proposal.Status, proposal.Version, proposal.SentRevision));

        Assert.Empty(proposal.Take(ProposalAction.Send, null, null, "presales", _at, latestRevision: new IssuedRevision(2, _at.AddMinutes(5))));
        Assert.Equal((ProposalStatus.Sent, 2), (proposal.Status, proposal.SentRevision));
        Assert.Equal("Revision 2 sent.", proposal.History[^1].Comment);
    }

    [Fact]
    public void ARevisionIssuedBeforeTheLastApprovalIsNotSent()
    {
        var proposal = WithOneLine();
        Submit(proposal);
        var before = new IssuedRevision(1, _at);
        Assert.Empty(proposal.ChangeLine(proposal.Options[0], proposal.Options[0].Lines[0], 2, null, "presales", _at.AddHours(1)));
        Assert.Empty(proposal.Take(ProposalAction.Submit, "", Evaluated(proposal), "presales", _at.AddHours(2)));

        var issue = Assert.Single(proposal.Take(ProposalAction.Send, null, null, "presales", _at.AddHours(3), latestRevision: before));

        Assert.Equal(ProposalIssueCodes.RevisionNeeded, issue.Code);
        Assert.Contains("revision 1 was issued before the proposal was last approved", issue.Message);
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
    }

    [Fact]
    public void SubmittingIsRefusedWhileAnOptionHasAnError()
    {
        var proposal = WithOneLine();
        var retired = new Dictionary<string, OfferItemSpec>(_catalogue) { ["STD"] = Item("STD", status: ItemStatus.Retired) };

        var issue = Assert.Single(proposal.Take(ProposalAction.Submit, "", proposal.Evaluate(_pains, retired, EnginePolicy.Default), "presales", _at));

        Assert.Equal(ProposalIssueCodes.ErrorsToFix, issue.Code);
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Fact]
    public void TheWorkflowRunsDraftToWonAndKeepsItsHistory()
    {
        var proposal = WithOneLine(discount: 30m);

        Submit(proposal, "A three-year commitment.");
        Assert.Empty(proposal.Take(ProposalAction.Approve, "ok", null, "approver", _at));
        Assert.Empty(proposal.Take(ProposalAction.Send, null, null, "presales", _at, latestRevision: _revision));
        Assert.Empty(proposal.Take(ProposalAction.Won, "signed", null, "presales", _at));

        Assert.Equal(ProposalStatus.Won, proposal.Status);
        Assert.Equal(["submit", "approve", "send", "won"], proposal.History.Select(h => h.Action));
        Assert.Equal(["Submit", "Approve", "Mark as sent", "Won"], proposal.History.Select(h => h.ActionLabel));
        Assert.Equal(ProposalIssueCodes.NotEditable, Assert.Single(proposal.ChangeLine(proposal.Options[0], proposal.Options[0].Lines[0], 2, null, "presales", _at)).Code);
    }

    [Fact]
    public void WhoeverSubmittedCannotApproveUnlessTheCompanyAllowsIt()
    {
        var proposal = WithOneLine(discount: 30m);
        Submit(proposal, "A three-year commitment.");
        var version = proposal.Version;

        var refused = Assert.Single(proposal.Take(ProposalAction.Approve, "fine by me", null, "presales", _at));

        Assert.Equal(ProposalIssueCodes.OwnSubmission, refused.Code);
        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal(version, proposal.Version);
        // Rejecting one's own submission only sends it back, so it stays possible; another person approves.
        Assert.Empty(proposal.Take(ProposalAction.Approve, "ok", null, "approver", _at));
        Assert.Equal(["presales", "approver"], proposal.History.Select(h => h.ActorId));
    }

    [Fact]
    public void WhoeverLastChangedItCannotApproveThoughSomeoneElseSubmitted()
    {
        var proposal = WithOneLine(discount: 10m);
        Assert.Empty(proposal.ChangeLine(proposal.Options[0], proposal.Options[0].Lines[0], 1, 30m, "manager", _at));
        Submit(proposal, "A three-year commitment.");

        var byTheChanger = Assert.Single(proposal.Take(ProposalAction.Approve, "fine", null, "manager", _at));
        var bySubmitter = Assert.Single(proposal.Take(ProposalAction.Approve, "fine", null, "presales", _at));

        Assert.Equal("manager", proposal.LastChangedBy);
        Assert.Equal(Proposal.OwnChangeRefusal, byTheChanger.Message);
        Assert.Equal(Proposal.OwnSubmissionRefusal, bySubmitter.Message);
        Assert.Empty(proposal.Take(ProposalAction.Approve, "ok", null, "approver", _at));
    }

    [Fact]
    public void TheOwnWorkRuleAppliesOnlyToApprovingAndNotWhereSelfApprovalIsAllowed()
    {
        var proposal = WithOneLine(discount: 30m);
        Submit(proposal, "A three-year commitment.");

        Assert.NotNull(proposal.OwnWorkRefusal(ProposalWorkflow.Of(ProposalAction.Approve), "presales", allowSelfApproval: false));
        Assert.Null(proposal.OwnWorkRefusal(ProposalWorkflow.Of(ProposalAction.Approve), "presales", allowSelfApproval: true));
        Assert.Null(proposal.OwnWorkRefusal(ProposalWorkflow.Of(ProposalAction.Reject), "presales", allowSelfApproval: false));
        Assert.Null(proposal.OwnWorkRefusal(ProposalWorkflow.Of(ProposalAction.Approve), "approver", allowSelfApproval: false));
    }

    [Fact]
    public void SelfApprovalWorksWhereItIsConfigured()
    {
        var proposal = WithOneLine(discount: 30m);
        Submit(proposal, "A three-year commitment.");

        Assert.Empty(proposal.Take(ProposalAction.Approve, "ok", null, "presales", _at, allowSelfApproval: true));
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
    }

    /// <summary>Every action of the table, from every state: allowed exactly from its from-states, and it leads to its to-state.</summary>
    [Theory]
    [MemberData(nameof(EveryActionFromEveryState))]
    public void EachStepIsAllowedOnlyFromItsStatesAndLeadsWhereTheTableSays(ProposalAction action, ProposalStatus from)
    {
        var proposal = InState(from);
        var step = ProposalWorkflow.Of(action);
        var version = proposal.Version;

        // Sending again from sent hands over a newer revision (the one already sent is refused: ProposalTakeSend).
        var revision = from == ProposalStatus.Sent && step.NeedsIssuedRevision ? _revision with { Number = _revision.Number + 1 } : _revision;
        var issues = proposal.Take(action, "because", Evaluated(proposal), "someone else", _at, latestRevision: revision);

        if (step.StartsFrom(from))
        {
            Assert.Empty(issues);
            Assert.Equal(action == ProposalAction.Submit ? ProposalStatus.Approved : step.To, proposal.Status);
            Assert.Equal(version + 1, proposal.Version);
        }
        else
        {
            Assert.Equal(ProposalIssueCodes.ActionNotAllowed, Assert.Single(issues).Code);
            Assert.Equal((from, version), (proposal.Status, proposal.Version));
        }
    }

    public static TheoryData<ProposalAction, ProposalStatus> EveryActionFromEveryState()
    {
        var data = new TheoryData<ProposalAction, ProposalStatus>();
        foreach (var action in Enum.GetValues<ProposalAction>())
        {
            foreach (var status in Enum.GetValues<ProposalStatus>())
            {
                data.Add(action, status);
            }
        }
        return data;
    }

    [Theory]
    [InlineData(ProposalAction.Reject, ProposalStatus.InReview)]
    [InlineData(ProposalAction.Lost, ProposalStatus.Sent)]
    public void StepsThatNeedACommentAskForIt(ProposalAction action, ProposalStatus from)
    {
        var proposal = InState(from);

        var issue = Assert.Single(proposal.Take(action, "  ", null, "someone", _at));

        Assert.Equal((ProposalIssueCodes.CommentNeeded, "comment"), (issue.Code, issue.Field));
        Assert.Equal(ProposalWorkflow.Of(action).CommentNeeded, issue.Message);
        Assert.Equal(from, proposal.Status);
    }

    [Fact]
    public void AnUnknownActionIsNotInTheTable()
    {
        Assert.Null(ProposalWorkflow.Find("publish"));
        Assert.Null(ProposalWorkflow.Find("Submit"));
        Assert.Equal(ProposalAction.Withdraw, ProposalWorkflow.Find("withdraw")!.Action);
    }

    [Fact]
    public void EditingAnApprovedProposalReturnsItToDraft()
    {
        var proposal = WithOneLine();
        Submit(proposal);
        var version = proposal.Version;

        Assert.Empty(proposal.ChangeLine(proposal.Options[0], proposal.Options[0].Lines[0], 2, 0m, "presales", _at));

        Assert.Equal(ProposalStatus.Draft, proposal.Status);
        Assert.Equal(version + 1, proposal.Version);
        Assert.Equal("edit", proposal.History[^1].Action);
        Assert.Equal((ProposalStatus.Approved, ProposalStatus.Draft), (proposal.History[^1].From, proposal.History[^1].To));
        Assert.Equal("Changed after approval: back to draft, to be approved again.", proposal.History[^1].Comment);
    }

    [Fact]
    public void EditingAProposalInReviewSaysSoBeforeAndRecordsTheReturnToDraft()
    {
        var proposal = WithOneLine(discount: 30m);
        Assert.False(proposal.ChangeReturnsToDraft);
        Submit(proposal, "Strategic account.");
        Assert.True(proposal.ChangeReturnsToDraft);

        Assert.Empty(proposal.ChangeLine(proposal.Options[0], proposal.Options[0].Lines[0], null, 10m, "presales", _at));

        Assert.False(proposal.ChangeReturnsToDraft);
        Assert.Equal(["submit", "edit"], proposal.History.Select(h => h.Action));
        Assert.Equal((ProposalStatus.InReview, ProposalStatus.Draft), (proposal.History[^1].From, proposal.History[^1].To));
    }

    [Fact]
    public void AChangeThatChangesNothingIsNoEditAndKeepsTheProposalInReview()
    {
        var proposal = WithOneLine(discount: 30m);
        Submit(proposal, "Strategic account.");
        var version = proposal.Version;
        var line = proposal.Options[0].Lines[0];

        Assert.Empty(proposal.ChangeLine(proposal.Options[0], line, line.Quantity, line.DiscountPercent, "presales", _at, note: ""));

        Assert.Equal((ProposalStatus.InReview, version), (proposal.Status, proposal.Version));
    }

    [Fact]
    public void ALineNoteIsKeptTrimmedAndTooLongIsRefusedWithNothingChanged()
    {
        var proposal = WithOneLine();
        var line = proposal.Options[0].Lines[0];

        Assert.Empty(proposal.ChangeLine(proposal.Options[0], line, null, null, "presales", _at, note: "  Keeps the scanners the client already owns. "));
        var version = proposal.Version;
        var issues = proposal.ChangeLine(proposal.Options[0], line, 3, null, "presales", _at, note: new string('n', ProposalTerms.NoteMaxLength + 1));

        Assert.Equal("Keeps the scanners the client already owns.", line.Note);
        Assert.Equal((ProposalIssueCodes.NoteTooLong, "note"), (Assert.Single(issues).Code, issues[0].Field));
        Assert.Equal((1, version), (line.Quantity, proposal.Version));
    }

    [Fact]
    public void ANoteOnALineThatAnswersNothingSatisfiesTheWarning()
    {
        var proposal = Draft();
        Assert.Empty(proposal.AddItem(proposal.Options[0], "SVC", 1, 0m, _catalogue, _pains, "presales", _at));
        var line = proposal.Options[0].Lines[0];
        Assert.Contains(Evaluated(proposal)[0].Evaluation.Issues, i => i.Code == IssueCodes.LineAnswersNothing);

        Assert.Empty(proposal.ChangeLine(proposal.Options[0], line, null, null, "presales", _at, note: "Support the client asked for in the tender."));

        Assert.DoesNotContain(Evaluated(proposal)[0].Evaluation.Issues, i => i.Code == IssueCodes.LineAnswersNothing);
    }

    [Fact]
    public void SayingWhyAPainIsNotAnsweredSatisfiesTheWarningAndEmptyTakesItBack()
    {
        var proposal = Draft();
        Assert.Contains(Evaluated(proposal)[0].Evaluation.Issues, i => i.Code == IssueCodes.PainUncovered && i.PainPointId == 1);

        Assert.Empty(proposal.ExplainPain(1, " Your IT team handles it this year. ", "presales", _at));
        Assert.Equal("Your IT team handles it this year.", Assert.Single(proposal.PainNotes).Text);
        Assert.DoesNotContain(Evaluated(proposal)[0].Evaluation.Issues, i => i.Code == IssueCodes.PainUncovered);

        Assert.Empty(proposal.ExplainPain(1, "", "presales", _at));
        Assert.Empty(proposal.PainNotes);
        Assert.Contains(Evaluated(proposal)[0].Evaluation.Issues, i => i.Code == IssueCodes.PainUncovered);
    }

    [Fact]
    public void AWhyNotTooLongOrOnAClosedProposalIsRefused()
    {
        var proposal = Draft();
        var tooLong = Assert.Single(proposal.ExplainPain(1, new string('w', ProposalTerms.NoteMaxLength + 1), "presales", _at));
        var closed = WithOneLine();
        Assert.Empty(closed.Take(ProposalAction.Withdraw, null, null, "presales", _at));

        Assert.Equal((ProposalIssueCodes.NoteTooLong, "text"), (tooLong.Code, tooLong.Field));
        Assert.Empty(proposal.PainNotes);
        Assert.Equal(ProposalIssueCodes.NotEditable, Assert.Single(closed.ExplainPain(1, "Because.", "presales", _at)).Code);
    }

    [Fact]
    public void ARevisionIsIssuedOnlyOnceApproved()
    {
        var proposal = WithOneLine();
        Assert.NotNull(proposal.RevisionRefusal);

        Submit(proposal);

        Assert.Null(proposal.RevisionRefusal);
    }

    /// <summary>A proposal with one line brought to <paramref name="status"/> through the workflow.</summary>
    private static Proposal InState(ProposalStatus status)
    {
        var proposal = WithOneLine(discount: status is ProposalStatus.InReview ? 30m : 0m);
        void Do(ProposalAction action) => Assert.Empty(proposal.Take(action, "because", Evaluated(proposal), "someone", _at, latestRevision: _revision));
        switch (status)
        {
            case ProposalStatus.Draft:
                break;
            case ProposalStatus.InReview:
            case ProposalStatus.Approved:
                Do(ProposalAction.Submit);
                break;
            case ProposalStatus.Withdrawn:
                Do(ProposalAction.Withdraw);
                break;
            default:
                Do(ProposalAction.Submit);
                Do(ProposalAction.Send);
                if (status != ProposalStatus.Sent)
                {
                    Do(status == ProposalStatus.Won ? ProposalAction.Won : ProposalAction.Lost);
                }
                break;
        }
        Assert.Equal(status, proposal.Status);
        return proposal;
    }
}
