namespace Configurator.Web.Features.Discovery;

/// <summary>
/// Changes to one deal's priority order take turns: each renumbers the deal's pain points, so two at once
/// would both claim the same place. Turns are striped by opportunity id (a fixed number of locks, however
/// many deals); the database's unique order catches what another process does, and the caller tries again.
/// </summary>
internal static class PainPointOrder
{
    /// <summary>How often an add beaten to its place by another process is tried again.</summary>
    public const int Attempts = 5;

    private static readonly SemaphoreSlim[] _turns = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<IDisposable> TurnAsync(int opportunityId, CancellationToken cancellationToken)
    {
        var turn = _turns[(uint)opportunityId % (uint)_turns.Length];
        await turn.WaitAsync(cancellationToken);
        return new Release(turn);
    }

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
