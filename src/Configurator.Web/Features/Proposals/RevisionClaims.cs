using System.Collections.Concurrent;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The proposals whose next revision is being issued right now. Issuing claims the proposal's next
/// number before anything is printed, so of many people issuing the same proposal at once one prints
/// and the others are told at once; the unique (proposal, number) index stays the last word when saving.
/// One app instance holds the claims (the app runs as one instance on its SQLite file).
/// </summary>
public sealed class RevisionClaims
{
    private readonly ConcurrentDictionary<int, byte> _issuing = new();

    /// <summary>The claim on the proposal's next revision, or null when someone else holds it; dispose it when done.</summary>
    public IDisposable? TryClaim(int proposalId) => _issuing.TryAdd(proposalId, 0) ? new Claim(this, proposalId) : null;

    private sealed class Claim(RevisionClaims claims, int proposalId) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                claims._issuing.TryRemove(proposalId, out _);
            }
        }
    }
}
