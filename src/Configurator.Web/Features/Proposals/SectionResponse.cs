namespace Configurator.Web.Features.Proposals;

/// <summary>One section as the API answers it: the Markdown, the HTML a document prints from it, and the proposal's version to name when changing it.</summary>
public sealed record SectionResponse(string Section, string Text, string Html, int MaxLength, int Version);
