namespace Configurator.Domain.Catalogue;

/// <summary>The items already in a solution, with what they exclude: what an item to be added is checked against.</summary>
public sealed class ItemsInPlay
{
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _excludedBy = new(StringComparer.Ordinal);

    public static ItemsInPlay Of(IEnumerable<(string Code, IReadOnlyList<string> Excludes)> items)
    {
        var inPlay = new ItemsInPlay();
        foreach (var (code, excludes) in items)
        {
            inPlay.Add(code, excludes);
        }
        return inPlay;
    }

    public bool Contains(string code) => _codes.Contains(code);

    /// <summary>The first item put in play that excludes <paramref name="code"/>, or null.</summary>
    public string? ExcluderOf(string code) => _excludedBy.TryGetValue(code, out var excluders) ? excluders[0] : null;

    /// <summary>The items in play that <paramref name="code"/> would clash with (either one excluding the other), each once, in code order.</summary>
    public IReadOnlyList<string> ClashesWith(string code, IReadOnlyList<string> excludes)
    {
        // Called for every line of every evaluation, nearly always to find nothing: that case allocates nothing.
        List<string>? clashes = null;
        if (_excludedBy.TryGetValue(code, out var excluders))
        {
            foreach (var excluder in excluders)
            {
                Note(excluder);
            }
        }
        foreach (var excluded in excludes)
        {
            if (_codes.Contains(excluded))
            {
                Note(excluded);
            }
        }
        clashes?.Sort(StringComparer.Ordinal);
        return clashes ?? [];

        void Note(string other)
        {
            if (other != code && (clashes ??= []).IndexOf(other) < 0)
            {
                clashes.Add(other);
            }
        }
    }

    public void Add(string code, IReadOnlyList<string> excludes)
    {
        if (!_codes.Add(code))
        {
            return;
        }
        foreach (var excluded in excludes)
        {
            if (!_excludedBy.TryGetValue(excluded, out var excluders))
            {
                _excludedBy[excluded] = excluders = [];
            }
            excluders.Add(code);
        }
    }
}
