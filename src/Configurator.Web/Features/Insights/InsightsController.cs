using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Insights;

/// <summary>The insights' front page: what each view answers, for whoever may see insights (reps and presales their own pipeline).</summary>
[Authorize(Roles = InsightAccess.AnyRole)]
public sealed class InsightsController(IStringLocalizer<Text> T) : Controller
{
    [HttpGet(InsightUrls.Index)]
    public IActionResult Index()
    {
        ViewData["Title"] = T["Insights"].Value;
        ViewData["Section"] = "Insights";
        return View(InsightAccess.Of(User));
    }
}
