using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The one place a domain issue becomes a field error: its field nested under the request's own path
/// (<c>painPoints[2].</c>), which the API answers as a JSON path and pages turn into a form field.
/// </summary>
public static class DiscoveryFieldErrors
{
    public static IReadOnlyList<FieldError> ToFieldErrors(this IEnumerable<DiscoveryIssue> issues, string prefix = "") =>
        [.. issues.Select(issue => new FieldError(prefix + issue.Field, issue.Message, issue.Code))];
}
