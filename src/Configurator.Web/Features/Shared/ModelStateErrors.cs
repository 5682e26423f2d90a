using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Configurator.Web.Features.Shared;

/// <summary>The messages for one field, for views whose field names do not come from a model expression.</summary>
public static class ModelStateErrors
{
    public static string ErrorsFor(this ModelStateDictionary modelState, string field) =>
        modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : "";

    /// <summary>The messages for a field that edits a whole list (Competitors) and for each of its items (Competitors[1]).</summary>
    public static string ErrorsForList(this ModelStateDictionary modelState, string field) =>
        string.Join(" ", modelState.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage));
}
