using Configurator.Domain.Catalogue;
using Configurator.Domain.Proposals;
using static Configurator.Domain.Tests.Engine.Build;

namespace Configurator.Domain.Tests.Proposals;

public sealed class ProposalBounds
{
    private static readonly DateTimeOffset _at = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static Proposal Draft()
    {
        var (proposal, issues) = Proposal.Create(1, "Deal", "en", Eur, 12, "presales", _at);
        Assert.Empty(issues);
        return proposal!;
    }

    [Fact]
    public void AddOptionRefusesOneOptionMoreThanTheMost()
    {
        var proposal = Draft();
        for (var i = 1; i <= ProposalTerms.MaxOptions; i++)
        {
            Assert.Empty(proposal.AddOption($"Option {i}", "", [], "presales", _at).Issues);
        }
        var version = proposal.Version;

        var issue = Assert.Single(proposal.AddOption("One too many", "", [], "presales", _at).Issues);

        Assert.Equal((ProposalIssueCodes.TooManyOptions, "name"), (issue.Code, issue.Field));
        Assert.Equal(ProposalTerms.MaxOptions, proposal.Options.Count);
        Assert.Equal(version, proposal.Version);
    }

    [Fact]
    public void AddItemRefusesALineMoreThanTheMost()
    {
        var catalogue = Items([.. Enumerable.Range(0, ProposalTerms.MaxLinesPerOption + 1).Select(i => Item($"ITEM-{i}"))]);
        var proposal = Draft();
        var option = proposal.AddOption("Main", "", [], "presales", _at).Option!;
        for (var i = 0; i < ProposalTerms.MaxLinesPerOption; i++)
        {
            Assert.Empty(proposal.AddItem(option, $"ITEM-{i}", 1, 0m, catalogue, [], "presales", _at));
        }

        var issue = Assert.Single(proposal.AddItem(option, $"ITEM-{ProposalTerms.MaxLinesPerOption}", 1, 0m, catalogue, [], "presales", _at));

        Assert.Equal((ProposalIssueCodes.TooManyLines, "itemCode"), (issue.Code, issue.Field));
        Assert.Equal(ProposalTerms.MaxLinesPerOption, option.Lines.Count);
    }
}
