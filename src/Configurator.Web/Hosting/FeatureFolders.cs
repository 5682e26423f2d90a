using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Configurator.Web.Hosting;

/// <summary>
/// Finds a controller's views in its feature folder, named by the controller's namespace
/// (Configurator.Web.Features.Catalogue → /Features/Catalogue), so one feature may have several
/// controllers and all of its views sit beside them.
/// </summary>
public sealed class FeatureFolders : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns
            && ns.LastIndexOf(".Features.", StringComparison.Ordinal) is var at and >= 0)
        {
            context.Values[FeatureKey] = ns[(at + ".Features.".Length)..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var feature = context.Values.TryGetValue(FeatureKey, out var value) ? value : null;
        var locations = new List<string>();
        if (feature is not null)
        {
            locations.Add($"/Features/{feature}/{{0}}.cshtml");
        }
        locations.Add("/Features/Shared/{0}.cshtml");
        return locations;
    }
}
