namespace Configurator.Domain.Discovery;

/// <summary>
/// The values a field offers (an account's industry or region), kept by the company; free text is
/// accepted only when the list allows "other". An empty value is always accepted: the field is optional.
/// </summary>
public sealed record ChoiceList(IReadOnlyList<string> Values, bool AllowsOther)
{
    public bool Accepts(string? value)
    {
        var text = value?.Trim() ?? "";
        return text.Length == 0 || AllowsOther || Find(text) is not null;
    }

    /// <summary>The list's own spelling of a value typed in another case, else the value as typed (trimmed).</summary>
    public string Canonical(string? value)
    {
        var text = value?.Trim() ?? "";
        return Find(text) ?? text;
    }

    /// <summary>The same list, also accepting values already saved (a record keeps its value when the list changes).</summary>
    public ChoiceList Keeping(params string[] saved) =>
        this with { Values = [.. Values, .. saved.Where(s => s.Length > 0 && Find(s) is null)] };

    private string? Find(string text) => Values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
}
