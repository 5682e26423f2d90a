using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Configurator.Web.Hosting;

/// <summary>
/// The API's 400 answer: problem details whose <c>errors</c> are keyed by the JSON path of the value
/// the caller sent (<c>items[3].pricing.prices[0].currency</c>), as the API contract says.
/// </summary>
public static partial class ApiValidationProblems
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var hasJsonSyntaxError = context.ModelState.Keys.Any(k => k.StartsWith("$", StringComparison.Ordinal));
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count == 0 || (hasJsonSyntaxError && !key.StartsWith("$", StringComparison.Ordinal)))
            {
                // With a syntax error the body was not read at all; only that error helps the caller.
                continue;
            }
            var messages = entry.Errors
                .Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? "This value is not valid." : e.ErrorMessage)
                .ToArray();
            errors[JsonPath(key)] = key.StartsWith("$", StringComparison.Ordinal)
                ? ["The body is not valid JSON or does not match the expected shape. " + messages[0].Split(" Path:")[0]]
                : messages;
        }
        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(context.HttpContext, context.ModelState, StatusCodes.Status400BadRequest,
            title: "The request has invalid values.", detail: "See errors: each key is the JSON path of a value to correct.");
        problem.Errors = errors;
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>"Items[3].Pricing" → "items[3].pricing"; "$.email" → "email"; "$" → "body".</summary>
    public static string JsonPath(string modelStateKey)
    {
        var key = modelStateKey.TrimStart('$').TrimStart('.');
        if (key.Length == 0)
        {
            return "body";
        }
        return SegmentStart().Replace(key, m => m.Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"(?<=^|\.)[A-Z]")]
    private static partial Regex SegmentStart();
}
