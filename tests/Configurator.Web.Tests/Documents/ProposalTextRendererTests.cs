using Configurator.Web.Documents;

namespace Configurator.Web.Tests.Documents;

/// <summary>An item's proposal text is any product manager's Scriban: it renders with the client's data, and a hostile one is stopped.</summary>
public sealed class ProposalTextRendererTests
{
    private static readonly ProposalTextRenderer _texts = new(Microsoft.Extensions.Options.Options.Create(new ProposalTextSettings()));
    private static readonly ProposalTextData _client = new("Nordby <Foods>", "Retail", "Nordics", "Peak", "EUR");

    [Fact]
    public void RendersWithTheClientsDataAsPlainText()
    {
        var (output, errors) = _texts.Render("For {{ client.name }} in {{ client.region }}: {{ opportunity.name | string.upcase }} ({{ opportunity.currency }})", _client);

        Assert.Empty(errors);
        Assert.Equal("For Nordby <Foods> in Nordics: PEAK (EUR)", output);
    }

    [Theory]
    [InlineData("{{ for i in 1..10000000 }}x{{ end }}", "limit")]
    [InlineData("{{ for i in 1..900 }}{{ for j in 1..900 }}{{ for k in 1..900 }}{{ end }}{{ end }}{{ end }}", "limit")]
    [InlineData("{{ func f; ret f(); end; f() }}", "recursive")]
    [InlineData("{{ x = 'aaaaaaaaaa'; for i in 1..20; x = x + x; end; x }}", "limit")]
    [InlineData("{{ 1 // 0 }}", "zero")]
    [InlineData("{{ client.name | string.nope }}", "nope")]
    public void AHostileOrBrokenTextIsStoppedWithAMessageNotAnException(string text, string says)
    {
        var started = ThreadCpuClock.Now();

        var (output, errors) = _texts.Render(text, _client);

        Assert.Null(output);
        var error = Assert.Single(errors);
        Assert.Contains(says, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(error.Line >= 1 && error.Column >= 1);
        var spent = ThreadCpuClock.Now() - started;
        Assert.True(spent < TimeSpan.FromSeconds(2), $"took {spent} of processor time");
    }

    [Fact]
    public void DeepNestingIsRefusedByTheParserBeforeItCanExhaustTheStack()
    {
        var nested = string.Concat(Enumerable.Repeat("{{ if true }}", 5000)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 5000));
        var parenthesised = "{{ " + new string('(', 20000) + "1" + new string(')', 20000) + " }}";

        Assert.NotEmpty(_texts.Render(nested, _client).Errors);
        Assert.NotEmpty(_texts.Render(parenthesised, _client).Errors);
    }

    [Theory]
    [InlineData("[{{ client.name }}][{{ environment }}]", "environment")]
    [InlineData("[{{ client.name }}][{{ client.get_type }}]", "client.get_type")]
    [InlineData("[{{ app }}]", "app")]
    [InlineData("{{ include '/etc/passwd' }}", "include")]
    public void ATextSeesOnlyTheClientAndTheOpportunityAndAnythingElseIsAnError(string text, string says)
    {
        var (output, errors) = _texts.Render(text, _client);

        Assert.Null(output);
        Assert.Contains(says, Assert.Single(errors).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EveryPlaceholderOfTheListRenders()
    {
        var text = string.Join("|", ProposalTextPlaceholders.All.Select(p => p.Text));

        var (output, errors) = _texts.Render(text, _client);

        Assert.Empty(errors);
        Assert.Equal(ProposalTextPlaceholders.All.Select(p => p.Value(_client)), output!.Split('|'));
    }
}
