using Configurator.Web.Documents;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Tests.Documents;

/// <summary>Building documents never takes every core: at most the configured number build at once, the rest wait their turn.</summary>
public sealed class DocumentWorkTests
{
    [Fact]
    public async Task NoMoreDocumentsBuildAtOnceThanAllowedAndEveryOneIsBuilt()
    {
        using var work = new DocumentWork(Options.Create(new PdfSettings { MaxConcurrentDocumentBuilds = 2 }));
        var running = 0;
        var most = 0;

        var built = await Task.WhenAll(Enumerable.Range(0, 12).Select(n => Task.Run(() => work.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(30);
            Interlocked.Decrement(ref running);
            return n;
        }, CancellationToken.None))));

        Assert.InRange(most, 1, 2);
        Assert.Equal(Enumerable.Range(0, 12), built);
    }

    [Fact]
    public void ByDefaultOneCoreStaysFree() =>
        Assert.Equal(Math.Max(1, Environment.ProcessorCount - 1), new PdfSettings().EffectiveDocumentBuilds);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
