namespace Configurator.Domain.Discovery;

/// <summary>A problem in discovery input, at the JSON path of the value to correct (e.g. painPoints[2].severity).</summary>
public sealed record DiscoveryIssue(string Path, string Message);
