using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Shared;

/// <summary>The one place where a use case's outcome becomes an HTTP status and, for the API, problem details.</summary>
public static class UseCaseAnswers
{
    /// <summary>Seconds a client should wait before sending an <see cref="Outcome.Unavailable"/> request again.</summary>
    public const string RetryAfterSeconds = "2";

    public static int StatusCode(this UseCaseResult result) => result.Outcome switch
    {
        Outcome.Done => StatusCodes.Status200OK,
        Outcome.NotFound => StatusCodes.Status404NotFound,
        Outcome.Conflict => StatusCodes.Status409Conflict,
        Outcome.Invalid => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    /// <summary>Problem details for a result that did not succeed: 400 keyed by JSON path, 404, 409, or 503 with Retry-After.</summary>
    public static ObjectResult Problem(this UseCaseResult result, HttpResponse response)
    {
        if (result.Outcome == Outcome.Invalid)
        {
            return ValidationProblem(result.FieldErrors.Select(e => (e.Field, e.Message)), result.Message ?? "The request has invalid values.");
        }
        if (result.Outcome == Outcome.Unavailable)
        {
            response.Headers.RetryAfter = RetryAfterSeconds;
        }
        var status = result.StatusCode();
        var problem = new ProblemDetails
        {
            Status = status,
            Title = result.Outcome switch
            {
                Outcome.NotFound => "Not found",
                Outcome.Conflict => "Conflict",
                Outcome.Unavailable => "Try again shortly",
                _ => "Refused",
            },
            Detail = result.Message,
        };
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>400 with every problem, keyed by the JSON path of the value to correct.</summary>
    public static ObjectResult ValidationProblem(IEnumerable<(string Path, string Message)> issues, string title)
    {
        var problem = new ValidationProblemDetails(issues.GroupBy(i => i.Path).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = "See errors: each key is the JSON path of a value to correct.",
        };
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>400 for a list request whose filters or paging cannot be used, each problem under its query parameter.</summary>
    public static ObjectResult QueryProblem(IEnumerable<FieldError> errors) =>
        ValidationProblem(errors.Select(e => (e.Field, e.Message)), "The query has invalid values.");

    /// <summary>
    /// Puts each field's messages into model state under the form field's name, for a page to show next
    /// to it; <paramref name="say"/> words a problem for the page's reader (else the API's message shows).
    /// </summary>
    public static void AddTo(this UseCaseResult result, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, Func<FieldError, string>? say = null)
    {
        foreach (var error in result.FieldErrors)
        {
            modelState.AddModelError(FormField(error.Field), say?.Invoke(error) ?? error.Message);
        }
    }

    /// <summary>
    /// Shows a refused result on the page that posted it: field errors next to their fields; anything
    /// else (a conflict, a refusal) next to <paramref name="field"/>, with the result's status code.
    /// </summary>
    public static void ShowOn(this UseCaseResult result, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, HttpResponse response, string field,
        Func<FieldError, string>? say = null)
    {
        if (result.Outcome == Outcome.Invalid)
        {
            result.AddTo(modelState, say);
            return;
        }
        response.StatusCode = result.StatusCode();
        modelState.AddModelError(field, result.Message ?? "");
    }

    /// <summary>"painPoints[2].severity" → "PainPoints[2].Severity": the name MVC binds a form field to.</summary>
    public static string FormField(string field) =>
        string.Join('.', field.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToUpperInvariant(segment[0]) + segment[1..]));
}
