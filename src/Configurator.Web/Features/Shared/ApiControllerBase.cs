using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Shared;

/// <summary>
/// Base for /api/v1 controllers: JSON with problem details for every error. The API authenticates
/// with bearer tokens, never cookies, so it needs no antiforgery token.
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken]
public abstract class ApiControllerBase : ControllerBase
{
    /// <summary>400 with every problem, keyed by the JSON path of the value to correct.</summary>
    protected static ObjectResult ValidationProblemAt(IEnumerable<(string Path, string Message)> issues, string title)
    {
        var problem = new ValidationProblemDetails(issues.GroupBy(i => i.Path).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = "See errors: each key is the JSON path of a value to correct.",
        };
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
    }
}
