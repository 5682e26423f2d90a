using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Proposals;

public sealed class ProposalWriteSectionTests
{
    private static readonly DateTimeOffset _at = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, OfferItemSpec> _catalogue = Items(Item("STD", addresses: "SLOW:3", min: 1, max: 10, maxDiscount: 15m));

    private static readonly ClientPain[] _pains = [Pain(1, "SLOW", 5, 100_000m)];

    private static Proposal Draft(string language = "en")
    {
        var (proposal, issues) = Proposal.Create(1, "Deal", language, Eur, 12, "presales", _at);
        Assert.Empty(issues);
        proposal!.AddOption("Main", "", [], "presales", _at);
        Assert.Empty(proposal.AddItem(proposal.Options[0], "STD", 1, 30m, _catalogue, _pains, "presales", _at));
        return proposal;
    }

    [Fact]
    public void WritesTheTextWithUnixLineEndingsAndNoTrailingSpaceAndMovesTheVersion()
    {
        var proposal = Draft();
        var version = proposal.Version;

        Assert.Empty(proposal.WriteSection(ProposalSectionKind.Introduction, "\r\nDear Ms Berg,\r\n\r\nThank you.  \r\n\r\n", "presales", _at));

        Assert.Equal("Dear Ms Berg,\n\nThank you.", proposal.SectionText(ProposalSectionKind.Introduction));
        Assert.Equal(version + 1, proposal.Version);
        Assert.Single(proposal.Sections);
    }

    [Fact]
    public void RefusesATextOverTheSectionsLimitAtTheFieldAndChangesNothing()
    {
        var proposal = Draft();
        Assert.Empty(proposal.WriteSection(ProposalSectionKind.Closing, "Kind regards", "presales", _at));
        var version = proposal.Version;

        var issues = proposal.WriteSection(ProposalSectionKind.Closing, new string('x', ProposalSectionKind.Closing.MaxLength + 1), "presales", _at);

        var issue = Assert.Single(issues);
        Assert.Equal((ProposalIssueCodes.SectionTooLong, "text"), (issue.Code, issue.Field));
        Assert.Contains("2,000", issue.Message);
        Assert.Equal("Kind regards", proposal.SectionText(ProposalSectionKind.Closing));
        Assert.Equal(version, proposal.Version);
    }

    [Fact]
    public void AcceptsATextOfExactlyTheLimit()
    {
        var proposal = Draft();

        Assert.Empty(proposal.WriteSection(ProposalSectionKind.Closing, new string('x', ProposalSectionKind.Closing.MaxLength), "presales", _at));
    }

    [Fact]
    public void EmptyTextTakesTheSectionAway()
    {
        var proposal = Draft();
        Assert.Empty(proposal.WriteSection(ProposalSectionKind.Approach, "| Phase | Weeks |\n| --- | --- |\n| Design | 2 |", "presales", _at));

        Assert.Empty(proposal.WriteSection(ProposalSectionKind.Approach, "  \n ", "presales", _at));

        Assert.Empty(proposal.Sections);
        Assert.Equal("", proposal.SectionText(ProposalSectionKind.Approach));
    }

    [Fact]
    public void WritingASectionOfAProposalInReviewSendsItBackToDraftAsAnyEditDoes()
    {
        var proposal = Draft();
        Assert.Empty(proposal.Take(ProposalAction.Submit, "Strategic account.", proposal.Evaluate(_pains, _catalogue, EnginePolicy.Default), "presales", _at));
        Assert.Equal(ProposalStatus.InReview, proposal.Status);

        Assert.Empty(proposal.WriteSection(ProposalSectionKind.Understanding, "You ship late in the peak season.", "presales", _at));

        Assert.Equal(ProposalStatus.Draft, proposal.Status);
        Assert.Equal((ProposalStatus.InReview, ProposalStatus.Draft), (proposal.History[^1].From, proposal.History[^1].To));
    }

    [Fact]
    public void TheSameTextAgainIsNoEditAndKeepsTheProposalInReview()
    {
        var proposal = Draft();
        Assert.Empty(proposal.WriteSection(ProposalSectionKind.Understanding, "Same.", "presales", _at));
        Assert.Empty(proposal.Take(ProposalAction.Submit, "Strategic account.", proposal.Evaluate(_pains, _catalogue, EnginePolicy.Default), "presales", _at));
        var version = proposal.Version;

        Assert.Empty(proposal.WriteSection(ProposalSectionKind.Understanding, "Same.\n", "presales", _at));

        Assert.Equal((ProposalStatus.InReview, version), (proposal.Status, proposal.Version));
    }

    [Fact]
    public void AWithdrawnProposalRefusesANewSectionAsAboutItsState()
    {
        var proposal = Draft();
        Assert.Empty(proposal.Take(ProposalAction.Withdraw, "Client stopped the project.", null, "presales", _at));

        var issue = Assert.Single(proposal.WriteSection(ProposalSectionKind.Terms, "Net 30.", "presales", _at));

        Assert.Equal(ProposalIssueCodes.NotEditable, issue.Code);
        Assert.False(issue.IsAboutInput);
        Assert.Empty(proposal.Sections);
    }

    [Fact]
    public void InsertBlockCopiesTheBlockInTheProposalsLanguageAfterWhatIsThere()
    {
        var block = ContentBlock.New();
        Assert.Empty(block.Write("case-study", "Nordby Foods", "Stock counts right.", "诺德比食品", "盘点准确。", ["Food and beverage"], ["SLOW"], _at));
        var proposal = Draft("zh-CN");
        Assert.Empty(proposal.WriteSection(ProposalSectionKind.References, "我们的客户：", "presales", _at));

        Assert.Empty(proposal.InsertBlock(block, "presales", _at));
        Assert.Empty(block.Write("case-study", "Nordby Foods", "Changed later.", "诺德比食品", "后来修改。", ["Food and beverage"], ["SLOW"], _at));

        Assert.Equal("我们的客户：\n\n## 诺德比食品\n\n盘点准确。", proposal.SectionText(ProposalSectionKind.References));
    }
}
