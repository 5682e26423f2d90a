namespace Configurator.Domain.Engine;

/// <summary>An item with its score: the higher score first, then the lower price, then the lower index.</summary>
internal readonly record struct Candidate(double Score, int PriceRank, int Item) : IComparable<Candidate>
{
    // Price ranks are distinct (ties on price are ranked by index), so they settle every tie.
    public int CompareTo(Candidate other)
    {
        var byScore = other.Score.CompareTo(Score);
        return byScore != 0 ? byScore : PriceRank.CompareTo(other.PriceRank);
    }
}
