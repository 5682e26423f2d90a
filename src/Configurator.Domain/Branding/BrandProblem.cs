using System.Globalization;

namespace Configurator.Domain.Branding;

/// <summary>
/// Why a brand change was refused: an English sentence with <c>{0}</c> placeholders and its values, so a
/// page can put the same sentence into the reader's language.
/// </summary>
public sealed record BrandProblem(string Text, params object[] Arguments)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Text, Arguments);
}
