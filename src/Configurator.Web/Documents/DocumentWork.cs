using Microsoft.Extensions.Options;

namespace Configurator.Web.Documents;

/// <summary>
/// Bounds the CPU-heavy part of making a document (building its model and rendering its Scriban HTML):
/// at most one less than the processor cores do it at once, and the others wait without holding a
/// thread. A core stays free for every other request (/healthz, pages) while documents are printed.
/// </summary>
public sealed class DocumentWork(IOptions<PdfSettings> settings) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(settings.Value.EffectiveDocumentBuilds, settings.Value.EffectiveDocumentBuilds);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return work();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
