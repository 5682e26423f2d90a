using System.Text;

namespace Configurator.Domain;

/// <summary>
/// The one way an enumeration becomes the word the API contract uses, and back: kebab-case from the
/// value's name (EconomicBuyer → economic-buyer, OneTime → one-time), so each list of values is the enum.
/// </summary>
public static class ContractCode
{
    public static string Of<T>(T value)
        where T : struct, Enum => Of(value.ToString());

    /// <summary>"EconomicBuyer" → "economic-buyer".</summary>
    public static string Of(string name)
    {
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                code.Append('-');
            }
            code.Append(char.ToLowerInvariant(name[i]));
        }
        return code.ToString();
    }

    public static bool TryParse<T>(string? code, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>Every code of the enumeration, for a message that lists what is allowed.</summary>
    public static string All<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Of(v)));
}
