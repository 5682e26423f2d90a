using System.Text;

namespace Configurator.Domain.Discovery;

/// <summary>
/// The kebab-case words the API uses for discovery enumerations (economic-buyer, solution-design),
/// derived from the enum names so there is one list of values.
/// </summary>
public static class DiscoveryTerms
{
    public static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
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
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static string AllCodes<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Code(v)));
}
