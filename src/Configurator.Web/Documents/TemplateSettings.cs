namespace Configurator.Web.Documents;

/// <summary>Settings under <c>Templates:</c>.</summary>
public sealed class TemplateSettings
{
    /// <summary>The templates folder; by default the copy shipped beside the app.</summary>
    public string? Path { get; set; }
}
