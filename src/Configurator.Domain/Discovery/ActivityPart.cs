using System.Globalization;

namespace Configurator.Domain.Discovery;

/// <summary>
/// A value in a timeline sentence and what kind of value it is. <see cref="One"/> and <see cref="Other"/> are
/// a count's noun forms and a money amount's currency (in <see cref="One"/>).
/// </summary>
public sealed record ActivityPart(ActivityPartKind Kind, string Value, string One = "", string Other = "")
{
    /// <summary>How an English sentence names a user who has left.</summary>
    public const string FormerUser = "a former user";

    public static ActivityPart Name(string text) => new(ActivityPartKind.Name, text);

    public static ActivityPart Person(string? name) => new(ActivityPartKind.Person, name ?? "");

    public static ActivityPart Term(string label) => new(ActivityPartKind.Term, label);

    public static ActivityPart LowerTerm(string label) => new(ActivityPartKind.LowerTerm, label);

    public static ActivityPart Number(int value) => new(ActivityPartKind.Number, value.ToString(CultureInfo.InvariantCulture));

    public static ActivityPart Count(int value, string one, string other) =>
        new(ActivityPartKind.Count, value.ToString(CultureInfo.InvariantCulture), one, other);

    public static ActivityPart Date(DateOnly date) => new(ActivityPartKind.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static ActivityPart Money(decimal? amount, string currency) =>
        new(ActivityPartKind.Money, amount?.ToString(CultureInfo.InvariantCulture) ?? "", currency);

    public static ActivityPart PlaybookActions(IEnumerable<PlaybookAction> actions) =>
        new(ActivityPartKind.PlaybookActions, string.Join("\n", actions.Select(a => a.Text)));

    public string English() => Kind switch
    {
        ActivityPartKind.Person => Value.Length > 0 ? Value : FormerUser,
        ActivityPartKind.LowerTerm => Value.ToLowerInvariant(),
        ActivityPartKind.Count => string.Format(CultureInfo.InvariantCulture, CountOf() == 1 ? One : Other, CountOf()),
        ActivityPartKind.Date => DateOf().ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        ActivityPartKind.Money => AmountOf() is { } amount ? $"{One} {amount.ToString("N0", CultureInfo.InvariantCulture)}" : "unknown",
        ActivityPartKind.PlaybookActions => string.Join("; ", Actions()),
        _ => Value,
    };

    public int CountOf() => int.Parse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture);

    public DateOnly DateOf() => DateOnly.ParseExact(Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public decimal? AmountOf() => Value.Length == 0 ? null : decimal.Parse(Value, NumberStyles.Number, CultureInfo.InvariantCulture);

    public IReadOnlyList<string> Actions() => Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
