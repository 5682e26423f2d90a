namespace Configurator.Domain.Discovery;

/// <summary>
/// A problem with one value of discovery input. <see cref="Field"/> is the value's stable name
/// (<c>severity</c>, <c>competitors[1]</c>); the web layer nests it under the request's own paths.
/// <see cref="Code"/> says what kind of problem it is (<see cref="DiscoveryIssueCodes"/>), so a page can
/// say it in a salesperson's words while the API keeps the precise <see cref="Message"/>.
/// </summary>
public sealed record DiscoveryIssue(string Field, string Code, string Message);
