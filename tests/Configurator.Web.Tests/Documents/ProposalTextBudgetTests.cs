using Configurator.Web.Documents;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;

namespace Configurator.Web.Tests.Documents;

/// <summary>
/// Item texts share one budget per document and stop on their own work, not on a busy machine's waits; the parse
/// cache is bounded by the length of what it keeps.
/// </summary>
public sealed class ProposalTextBudgetTests
{
    private static readonly ProposalTextData _client = new("Nordby Foods", "Retail", "Nordics", "Peak", "EUR");

    // Stops on its own 250 ms limit: backtracking matches, each well under the 100 ms regex timeout (on a very busy
    // machine one may still pass it, which stops the text as well).
    private static string Slow(int n) =>
        $"Text {n}: {{{{ for i in 1..1000 }}}}{{{{ for j in 1..1000 }}}}{{{{ 'aaaaaaaaaaaaaaaa!' | regex.match '^(a|aa)+$' }}}}{{{{ end }}}}{{{{ end }}}}";

    private static ProposalTextRenderer Renderer(int budgetMilliseconds = 1_000, int cacheCharacters = 4_000_000) =>
        new(Options.Create(new ProposalTextSettings { BudgetMilliseconds = budgetMilliseconds, ParsedCacheCharacters = cacheCharacters }));

    [Fact]
    public void ASlowTextStopsAtItsOwnLimit()
    {
        var started = ThreadCpuClock.Now();

        var (output, errors) = Renderer().Render(Slow(0), _client);

        Assert.Null(output);
        Assert.Matches("took longer than 250 ms|timed out", Assert.Single(errors).Message);
        // Processor time, not the clock: on a busy machine the clock runs on while the test waits for a core.
        Assert.InRange(ThreadCpuClock.Now() - started, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void TwentySlowTextsShareTheDocumentsBudgetAndTheRestPrintTheirMarker()
    {
        var texts = Renderer(budgetMilliseconds: 600);
        var budget = texts.NewBudget();
        var started = ThreadCpuClock.Now();

        var results = Enumerable.Range(1, 20).Select(n => texts.Render(Slow(n), _client, budget)).ToList();

        // Twenty texts at their own 250 ms each would take 5 s of work; the budget stops them at about 600 ms.
        var spent = ThreadCpuClock.Now() - started;
        Assert.True(spent < TimeSpan.FromSeconds(2), $"took {spent} of processor time");
        Assert.All(results, r => Assert.Null(r.Output));
        Assert.Matches("took longer than 250 ms|timed out", results[0].Errors.Single().Message);
        Assert.All(results.TakeLast(10), r => Assert.Contains("Not rendered: this document's 600 ms for item texts", r.Errors.Single().Message));
        Assert.True(budget.IsSpent);
    }

    [Fact]
    public void AFastTextAfterTheBudgetIsMarkedButNotRememberedAsFailing()
    {
        var texts = Renderer(budgetMilliseconds: 100);
        var budget = texts.NewBudget();
        texts.Render(Slow(1), _client, budget);

        var marked = texts.Check("For {{ client.name }}", _client, budget);
        var withItsOwnBudget = texts.Check("For {{ client.name }}", _client, texts.NewBudget());

        Assert.Contains("Not rendered", Assert.Single(marked).Message);
        Assert.Empty(withItsOwnBudget);
        Assert.Equal("For Nordby Foods", texts.Render("For {{ client.name }}", _client, texts.NewBudget()).Output);
    }

    [Fact]
    public void SixtyLargeTextsDoNotAllStayCached()
    {
        var texts = Renderer(cacheCharacters: 4_000_000);

        for (var n = 0; n < 60; n++)
        {
            texts.Preview(new string((char)('a' + (n % 26)), 1_000_000) + n);
        }

        // Sixty texts of a million characters each; at most four million characters are kept.
        Assert.InRange(texts.CachedCharacters, 1, 4_000_000);
        Assert.Equal("For Nordby Foods", texts.Render("For {{ client.name }}", _client).Output);
    }

    [Fact]
    public void TimeLimitsCountTheThreadsOwnProcessorTimeOnEverySystemTheAppRunsOn()
    {
        Assert.True(ThreadCpuClock.CountsProcessorTime, "this system gives no per-thread processor time; limits fall back to the clock");
    }

    // What a busy server does to a render: its thread waits (other requests, a PDF printing, a collection) without
    // working. Before, a plain one-line text of the demo catalogue was stopped that way while CI was busy.
    [Fact]
    public void ATextThatWaitsLongerThanItsLimitButDoesLittleWorkStillRenders()
    {
        var context = new SafeTemplateContext(TemplateLimits.ProposalText with { Time = TimeSpan.FromMilliseconds(100) }, escapeHtml: false);
        var globals = new ScriptObject();
        globals.Import("wait", new Func<string>(() =>
        {
            Thread.Sleep(250);
            return "on time";
        }));
        context.PushGlobal(globals);

        var output = Template.Parse("Trucks arrive {{ wait }}, and leave {{ wait }}.").Render(context);

        Assert.Equal("Trucks arrive on time, and leave on time.", output);
        Assert.False(context.TimedOut);
    }

    [Fact]
    public void ADocumentsBudgetIsNotSpentByWaiting()
    {
        var budget = new TextBudget(TimeSpan.FromMilliseconds(100));
        var started = ThreadCpuClock.Now();

        Thread.Sleep(300);
        budget.Charge(started);

        Assert.False(budget.IsSpent);
        Assert.Equal("For Nordby Foods", Renderer().Render("For {{ client.name }}", _client, budget).Output);
    }
}
