namespace Configurator.Domain.Discovery;

/// <summary>
/// A problem with one value of discovery input. <see cref="Field"/> is the value's stable name
/// (<c>severity</c>, <c>competitors[1]</c>); the web layer nests it under the request's own paths.
/// </summary>
public sealed record DiscoveryIssue(string Field, string Message);
