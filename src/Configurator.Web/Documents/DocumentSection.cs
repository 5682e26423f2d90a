namespace Configurator.Web.Documents;

public sealed record DocumentSection(string Heading, IReadOnlyList<string> Paragraphs);
