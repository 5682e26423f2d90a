using System.Globalization;
using System.Text;

namespace Configurator.Domain.Discovery;

/// <summary>
/// When two account names mean the same company: the rule that keeps the account list free of
/// duplicates. Case, punctuation, spacing and legal forms (GmbH, Ltd, S.A., 有限公司 …) do not count,
/// and neither does one slip of the keyboard in a longer name.
/// </summary>
public static class AccountNames
{
    /// <summary>Names this long (as keys) or longer still match with one character added, dropped or changed.</summary>
    public const int TypoToleranceFromLength = 6;

    // Written without punctuation or spaces, as they compare: "S.A." is "sa", "GmbH & Co. KG" is the tokens gmbh, co, kg.
    private static readonly HashSet<string> _legalForms = new(StringComparer.Ordinal)
    {
        "gmbh", "ag", "kg", "ohg", "ug", "se", "ltd", "limited", "plc", "llp", "inc", "incorporated", "llc", "corp", "corporation",
        "co", "company", "sa", "sas", "sarl", "srl", "sl", "spa", "bv", "nv", "ab", "as", "asa", "oy", "oyj", "aps", "pty", "kk",
    };

    // Longest first, so 股份有限公司 is removed whole rather than leaving 股份.
    private static readonly string[] _chineseLegalForms = ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司"];

    /// <summary>The name as it compares: lower case, letters and digits only, without its legal form; never empty for a name with a letter or digit.</summary>
    public static string Key(string name)
    {
        var tokens = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Split([' ', ',', '&', '+', '/', '(', ')', '-', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Compact)
            .Where(t => t.Length > 0)
            .ToList();
        var whole = string.Concat(tokens);
        // "S. A." arrives as two tokens; the legal form may span the last two or three.
        while (tokens.Count > 1 && TrailingLegalForm(tokens) is var count and > 0)
        {
            tokens.RemoveRange(tokens.Count - count, count);
        }
        var key = string.Concat(tokens);
        foreach (var form in _chineseLegalForms.Contains(key) ? [] : _chineseLegalForms)
        {
            if (key.Length > form.Length && key.EndsWith(form, StringComparison.Ordinal))
            {
                key = key[..^form.Length];
                break;
            }
        }
        return key.Length > 0 ? key : whole;
    }

    /// <summary>True when the two names are taken for the same company.</summary>
    public static bool AreAlike(string a, string b) => KeysAreAlike(Key(a), Key(b));

    /// <summary>As <see cref="AreAlike"/>, for keys computed once with <see cref="Key"/>.</summary>
    public static bool KeysAreAlike(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }
        if (a == b)
        {
            return true;
        }
        return Math.Min(a.Length, b.Length) >= TypoToleranceFromLength && Math.Abs(a.Length - b.Length) <= 1 && WithinOneEdit(a, b);
    }

    private static int TrailingLegalForm(List<string> tokens)
    {
        for (var count = Math.Min(3, tokens.Count - 1); count >= 1; count--)
        {
            if (_legalForms.Contains(string.Concat(tokens.Skip(tokens.Count - count))))
            {
                return count;
            }
        }
        return 0;
    }

    private static string Compact(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }
        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }
        // Same length: the rest after one changed character matches; one longer: the rest after one added character does.
        return a.Length == b.Length
            ? string.CompareOrdinal(a, i + 1, b, i + 1, a.Length) == 0
            : string.CompareOrdinal(a, i, b, i + 1, a.Length) == 0;
    }
}
