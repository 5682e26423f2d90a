using Configurator.Domain.Discovery;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// An account's industry or region as the reader's language names it: the list's English value is the
/// key. An empty value stays empty; one typed outside the lists shows as it was typed.
/// </summary>
public static class ChoiceWords
{
    public static string Choice(this IStringLocalizer<Text> T, string? value) => string.IsNullOrEmpty(value) ? "" : T[value];

    /// <summary>
    /// What a text box that suggests the list shows: a value of the list by its name in the reader's language, anything else
    /// as typed. <see cref="Typed"/> reads it back.
    /// </summary>
    public static string? Shown(this IStringLocalizer<Text> T, ChoiceList list, string? value) =>
        value is not null && list.Values.Contains(value, StringComparer.OrdinalIgnoreCase) ? T.Choice(value) : value;

    /// <summary>The list's value whose name in the reader's language was typed (or picked from the suggestions), else the text as typed.</summary>
    public static string? Typed(this IStringLocalizer<Text> T, ChoiceList list, string? typed) =>
        typed is null ? null : list.Values.FirstOrDefault(v => string.Equals(T.Choice(v), typed.Trim(), StringComparison.OrdinalIgnoreCase)) ?? typed;
}
