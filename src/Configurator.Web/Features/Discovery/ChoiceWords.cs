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
}
