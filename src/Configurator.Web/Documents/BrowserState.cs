namespace Configurator.Web.Documents;

/// <summary>Where the PDF browser stands, as <see cref="ChromiumBrowser.Peek"/> sees it without starting one.</summary>
public enum BrowserState
{
    NotStarted,
    Starting,
    Running,
    Failed,
}
