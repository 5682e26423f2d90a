using System.Text.Json;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Configurator.Web.Documents;

/// <summary>
/// The Scriban templates under <c>templates/</c>: loads and caches them, and is the only loader
/// `include` may use, so a template can never read a file outside that folder.
/// </summary>
public sealed class TemplateFolder : ITemplateLoader
{
    private readonly string _root;
    private readonly Dictionary<string, Template> _cache = new(StringComparer.Ordinal);
    // Included templates by full path, parsed once for every render (Scriban caches them per context only).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> _includes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _labels = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public TemplateFolder(IOptions<TemplateSettings> settings)
    {
        _root = Path.GetFullPath(string.IsNullOrWhiteSpace(settings.Value.Path)
            ? Path.Combine(AppContext.BaseDirectory, "templates")
            : settings.Value.Path);
    }

    public string Root => _root;

    /// <summary>Renders a template (path relative to the folder) as HTML with the given model as its globals.</summary>
    public string Render(string relativePath, object model)
    {
        var template = Load(relativePath);
        var context = new SafeTemplateContext(TemplateLimits.Document, escapeHtml: true, loader: this);
        foreach (var (path, included) in _includes)
        {
            context.CachedTemplates[path] = included;
        }
        context.Push(model);
        var html = template.Render(context);
        foreach (var (path, included) in context.CachedTemplates)
        {
            _includes.TryAdd(path, included);
        }
        return html;
    }

    /// <summary>
    /// The labels of a language from <c>proposal/labels/{language}.json</c>; a label the language lacks
    /// (or a language without a file) falls back to English.
    /// </summary>
    public IReadOnlyDictionary<string, string> Labels(string language)
    {
        lock (_gate)
        {
            if (_labels.TryGetValue(language, out var cached))
            {
                return cached;
            }
        }
        var labels = new Dictionary<string, string>(ReadLabels("en"), StringComparer.Ordinal);
        if (language != "en")
        {
            foreach (var (key, value) in ReadLabels(language))
            {
                labels[key] = value;
            }
        }
        lock (_gate)
        {
            _labels[language] = labels;
        }
        return labels;
    }

    private Dictionary<string, string> ReadLabels(string language)
    {
        var path = Path.Combine(_root, "proposal", "labels", language + ".json");
        if (language.Contains('/') || language.Contains('\\') || language.Contains("..") || !File.Exists(path))
        {
            return [];
        }
        return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"The labels file {path} is empty.");
    }

    private Template Load(string relativePath)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(relativePath, out var cached))
            {
                return cached;
            }
        }
        var fullPath = Resolve(relativePath);
        var template = Template.Parse(File.ReadAllText(fullPath), fullPath, TemplateLimits.Document.Parser);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template {relativePath} has errors: {string.Join("; ", template.Messages)}");
        }
        lock (_gate)
        {
            _cache[relativePath] = template;
        }
        return template;
    }

    private string Resolve(string relativePath)
    {
        var fullPath = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Template path '{relativePath}' leaves the templates folder.");
        }
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Template '{relativePath}' was not found under {_root}.", fullPath);
        }
        return fullPath;
    }

    // Includes resolve relative to the including template's folder.
    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var callerFolder = Path.GetDirectoryName(callerSpan.FileName) ?? _root;
        return Resolve(Path.GetRelativePath(_root, Path.Combine(callerFolder, templateName)));
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(templatePath);

    async ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        await File.ReadAllTextAsync(templatePath);
}
