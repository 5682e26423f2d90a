namespace Configurator.Web.Documents;

/// <summary>No browser to print with; the message says what to install or configure.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message);
