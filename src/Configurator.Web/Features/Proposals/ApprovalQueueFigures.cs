using System.Collections.Concurrent;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// What the figures of a proposal in review were computed from: its version, the catalogue revision and its
/// opportunity's pain points (how many, the sum of their versions and the newest id: every edit moves a version,
/// every new pain point a larger id, every removal the count). All of it is read from the database, so a key is
/// right on every app instance and no instance needs to tell another that something changed.
/// </summary>
public readonly record struct ApprovalFiguresKey(int Version, long CatalogueRevision, int Pains, int PainVersions, int NewestPain);

/// <summary>A proposal in review as the engine evaluated it under <see cref="Key"/>: the untracked proposal and its submitted option.</summary>
public sealed record ApprovalFigures(ApprovalFiguresKey Key, Proposal Proposal, EvaluatedOption Submitted, EnginePolicy Policy);

/// <summary>
/// The approval queue's evaluated proposals, one entry per proposal, replaced when its key moves on: each proposal
/// is priced once per change of its own, of the catalogue or of its pain points, not once per view of the queue.
/// Held per app instance (a singleton); an entry is only ever read, never changed.
/// </summary>
public sealed class ApprovalFiguresCache
{
    private readonly ConcurrentDictionary<int, ApprovalFigures> _entries = new();
    private int _evaluations;

    public ApprovalFigures? Get(int proposalId, ApprovalFiguresKey key) =>
        _entries.TryGetValue(proposalId, out var figures) && figures.Key == key ? figures : null;

    public void Keep(int proposalId, ApprovalFigures figures) => _entries[proposalId] = figures;

    /// <summary>Forgets the proposals no longer in review, so the cache holds at most the queue.</summary>
    public void KeepOnly(IReadOnlySet<int> proposalIds)
    {
        foreach (var id in _entries.Keys.Where(id => !proposalIds.Contains(id)))
        {
            _entries.TryRemove(id, out _);
        }
    }

    /// <summary>How many proposals were evaluated since the app started: tests read it to see that a view of the queue priced nothing.</summary>
    public int Evaluations => Volatile.Read(ref _evaluations);

    internal void CountEvaluation() => Interlocked.Increment(ref _evaluations);
}
