using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Configurator.Web.Features.Shared;

/// <summary>The messages for one field, for views whose field names do not come from a model expression.</summary>
public static class ModelStateErrors
{
    public static string ErrorsFor(this ModelStateDictionary modelState, string field) =>
        modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : "";
}
