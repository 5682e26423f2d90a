namespace Configurator.Web.Documents;

/// <summary>A PDF could not be printed; the message says why and what to do.</summary>
public abstract class PdfException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>No browser to print with; the message says what to install or configure.</summary>
public sealed class PdfUnavailableException(string message) : PdfException(message);

/// <summary>The browser stopped or the document took too long. The browser is restarted; trying again is expected to work.</summary>
public sealed class PdfRenderFailedException(string message, Exception? inner = null) : PdfException(message, inner);
