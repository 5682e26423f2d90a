using Configurator.Web.Documents;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Proposals;

/// <summary>Why a Markdown text is refused, in the page's words (sections, standard terms and content blocks say it alike).</summary>
public static class SectionWords
{
    /// <summary>The sentence for a <see cref="SafeMarkdown"/> problem code, or null when the code is not one.</summary>
    public static string? Markdown(IStringLocalizer<Text> T, string? code) => code switch
    {
        SafeMarkdown.TableTooLarge => T["A table may have up to {0} rows and {1} columns to fit a page. Split it or shorten it.", SafeMarkdown.MaxTableRows, SafeMarkdown.MaxTableColumns].Value,
        SafeMarkdown.NestedTooDeep => T["Lists or quotes are nested too deeply to print; keep them to a few levels."].Value,
        _ => null,
    };
}
