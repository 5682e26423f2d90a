namespace Configurator.Domain.Catalogue;

/// <summary>
/// A pain category an item addresses, and how well: 1 weak, 2 medium, 3 strong; nothing else can be made.
/// <see cref="ImprovementPercent"/> is the share of such a pain's cost the item removes when product
/// managers know it better than the default for its strength.
/// </summary>
public sealed record CategoryStrength(string Category, int Strength)
{
    public const int Weak = 1;
    public const int Strong = 3;

    private readonly int _strength = Checked(Strength);

    public int Strength { get => _strength; init => _strength = Checked(value); }

    private readonly decimal? _improvementPercent;

    public decimal? ImprovementPercent { get => _improvementPercent; init => _improvementPercent = value is null || Percentage.IsValid(value.Value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An improvement is 0 to 100 percent."); }

    public static bool IsValid(int strength) => strength is >= Weak and <= Strong;

    // Input is checked (with a message for the person) before it becomes a strength: a wrong one here is a bug.
    private static int Checked(int strength) => IsValid(strength)
        ? strength
        : throw new ArgumentOutOfRangeException(nameof(strength), strength, $"A strength is {Weak} to {Strong}.");
}
