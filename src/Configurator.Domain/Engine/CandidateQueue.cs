namespace Configurator.Domain.Engine;

/// <summary>
/// The lazy greedy queue: the first scores sorted once, in place, and a heap for the few items put
/// back with a lower score. Cheaper than a heap of every candidate, and it allocates only the small heap.
/// </summary>
internal sealed class CandidateQueue
{
    private readonly Candidate[] _sorted;
    private readonly int _count;
    private readonly PriorityQueue<Candidate, Candidate> _requeued = new();
    private int _next;

    public CandidateQueue(Candidate[] candidates, int count)
    {
        candidates.AsSpan(0, count).Sort();
        _sorted = candidates;
        _count = count;
    }

    public bool TryPeek(out Candidate best)
    {
        if (RequeuedFirst(out best))
        {
            return true;
        }
        if (_next < _count)
        {
            best = _sorted[_next];
            return true;
        }
        return false;
    }

    public bool TryDequeue(out Candidate best)
    {
        if (RequeuedFirst(out best))
        {
            _requeued.Dequeue();
            return true;
        }
        if (_next < _count)
        {
            best = _sorted[_next++];
            return true;
        }
        return false;
    }

    public void Enqueue(Candidate candidate) => _requeued.Enqueue(candidate, candidate);

    private bool RequeuedFirst(out Candidate requeued) =>
        _requeued.TryPeek(out requeued, out _) && (_next >= _count || requeued.CompareTo(_sorted[_next]) < 0);
}
