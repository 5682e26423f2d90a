using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Configurator.Web.Tests.Localization;

/// <summary>The Chinese resource file and the keys the code asks for, read from the repository's sources.</summary>
public static partial class TranslationResources
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ChineseFile => Path.Combine(RepositoryRoot, "src", "Configurator.Web", "Localization", "Text.zh-CN.resx");

    /// <summary>Every entry of the Chinese resources, in file order (duplicates kept, so a test can find them).</summary>
    public static IReadOnlyList<(string Key, string Value)> ChineseEntries() => XDocument.Load(ChineseFile).Root!
        .Elements("data")
        .Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""))
        .ToList();

    /// <summary>
    /// Literal keys passed to the localizer <c>T</c> in the web project: <c>T["…"]</c> and the plural key of <c>T.Plural(n, one, other)</c>;
    /// and the timeline's words, which pages translate later: the pattern of <c>ActivityText.Of("…")</c> and the plural of <c>ActivityPart.Count</c>.
    /// </summary>
    public static IReadOnlyList<(string File, string Key)> KeysUsedInCode()
    {
        var source = Path.Combine(RepositoryRoot, "src", "Configurator.Web");
        var found = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")))
        {
            var code = DocComment().Replace(File.ReadAllText(file), "");
            foreach (Match match in Key().Matches(code))
            {
                var key = match.Groups[1].Value.Replace("\\\"", "\"").Replace("\\\\", "\\");
                found.Add((Path.GetRelativePath(RepositoryRoot, file), key));
            }
        }
        return found;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Configurator.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The tests run outside the repository; the resource checks need its sources.");
    }

    [GeneratedRegex(@"(?:\bT\.Plural\(\s*[^,]+,\s*""(?:[^""\\]|\\.)*""\s*,\s*|\bT\[\s*|\bActivityText\.Of\(\s*|\bActivityPart\.Count\(\s*[^,]+,\s*""(?:[^""\\]|\\.)*""\s*,\s*)""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Key();

    [GeneratedRegex(@"^\s*///.*$", RegexOptions.Multiline)]
    private static partial Regex DocComment();
}
