namespace Configurator.Web.Features.Insights;

/// <summary>One innovation's reuse with its name in the reader's language.</summary>
public sealed record InnovationRow(InnovationUse Use, string Name);
