namespace Configurator.Domain.Catalogue;

/// <summary>What the requires rules of a catalogue imply.</summary>
public static class CatalogueRules
{
    /// <summary>The item and everything it requires, directly or through a chain of requires.</summary>
    public static HashSet<string> RequiredClosure(string code, IReadOnlyDictionary<string, OfferItemSpec> catalogue)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var queue = new Queue<string>([code]);
        while (queue.TryDequeue(out var next))
        {
            if (!catalogue.TryGetValue(next, out var spec))
            {
                continue;
            }
            foreach (var required in spec.Requires.Where(catalogue.ContainsKey).Where(seen.Add))
            {
                queue.Enqueue(required);
            }
        }
        return seen;
    }
}
