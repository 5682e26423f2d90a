using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Hosting;

/// <summary>
/// Turns a request body the app cannot read into a 400 or 413 with a sentence, never a 500: a form with
/// a NUL byte or other characters form encoding forbids, a form or body over its limit. A form is read
/// here, before antiforgery and model binding, with the endpoint's own limits (<c>[RequestSizeLimit]</c>,
/// <c>[RequestFormLimits]</c>), so the refusal says what was wrong instead of "the form expired".
/// The error page (<see cref="Features.Errors.ErrorsController"/>) words it from <see cref="Refusal"/>.
/// </summary>
public sealed class UnreadableRequests(RequestDelegate next, IOptions<FormOptions> formOptions)
{
    /// <summary>Why the request was refused, for the error page that answers it.</summary>
    public sealed record Refusal(int Status);

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            // A re-executed error page must not read the same unreadable body again.
            if (context.Request.HasFormContentType && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                ApplyEndpointLimits(context);
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && StatusFor(exception) is { } status)
        {
            context.Response.Clear();
            context.Response.StatusCode = status;
            context.Features.Set(new Refusal(status));
        }
    }

    private static int? StatusFor(Exception exception) => exception switch
    {
        // Kestrel's own refusals: a body over MaxRequestBodySize (413), a malformed or cut-off body (400).
        BadHttpRequestException bad => bad.StatusCode,
        // The form reader's: over a limit (its messages name the limit), or characters a form may not carry.
        InvalidDataException invalid => invalid.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
            ? StatusCodes.Status413PayloadTooLarge
            : StatusCodes.Status400BadRequest,
        _ => null,
    };

    private void ApplyEndpointLimits(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IRequestSizeLimitMetadata>() is { } size
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = size.MaxRequestBodySize;
        }
        if (metadata?.GetMetadata<IFormOptionsMetadata>() is { } limits)
        {
            var global = formOptions.Value;
            var options = new FormOptions
            {
                BufferBody = limits.BufferBody ?? global.BufferBody,
                MemoryBufferThreshold = limits.MemoryBufferThreshold ?? global.MemoryBufferThreshold,
                BufferBodyLengthLimit = limits.BufferBodyLengthLimit ?? global.BufferBodyLengthLimit,
                ValueCountLimit = limits.ValueCountLimit ?? global.ValueCountLimit,
                KeyLengthLimit = limits.KeyLengthLimit ?? global.KeyLengthLimit,
                ValueLengthLimit = limits.ValueLengthLimit ?? global.ValueLengthLimit,
                MultipartBoundaryLengthLimit = limits.MultipartBoundaryLengthLimit ?? global.MultipartBoundaryLengthLimit,
                MultipartHeadersCountLimit = limits.MultipartHeadersCountLimit ?? global.MultipartHeadersCountLimit,
                MultipartHeadersLengthLimit = limits.MultipartHeadersLengthLimit ?? global.MultipartHeadersLengthLimit,
                MultipartBodyLengthLimit = limits.MultipartBodyLengthLimit ?? global.MultipartBodyLengthLimit,
            };
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, options));
        }
    }
}
