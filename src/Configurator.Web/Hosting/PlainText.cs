namespace Configurator.Web.Hosting;

/// <summary>
/// What text a person may send, the API and the pages alike: letters, digits, punctuation, tabs and line
/// breaks; no control characters (a bell, an escape, a NUL …), which nobody types and documents cannot print.
/// </summary>
public static class PlainText
{
    /// <summary>The first control character the text may not hold, or null when it holds none.</summary>
    public static char? ForbiddenCharacter(string text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character) && character is not ('\t' or '\n' or '\r'))
            {
                return character;
            }
        }
        return null;
    }

    /// <summary>The API's sentence for a refused character, naming its code point.</summary>
    public static string Refusal(char character) =>
        $"Remove the control character U+{(int)character:X4}; text may hold letters, digits, punctuation, tabs and line breaks.";
}
