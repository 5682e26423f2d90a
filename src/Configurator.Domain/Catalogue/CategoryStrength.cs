namespace Configurator.Domain.Catalogue;

/// <summary>A pain category an item addresses, and how well: 1 weak, 2 medium, 3 strong; nothing else can be made.</summary>
public sealed record CategoryStrength(string Category, int Strength)
{
    public const int Weak = 1;
    public const int Strong = 3;

    private readonly int _strength = Checked(Strength);

    public int Strength { get => _strength; init => _strength = Checked(value); }

    public static bool IsValid(int strength) => strength is >= Weak and <= Strong;

    // Input is checked (with a message for the person) before it becomes a strength: a wrong one here is a bug.
    private static int Checked(int strength) => IsValid(strength)
        ? strength
        : throw new ArgumentOutOfRangeException(nameof(strength), strength, $"A strength is {Weak} to {Strong}.");
}
