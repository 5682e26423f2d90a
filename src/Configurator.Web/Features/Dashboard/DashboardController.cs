using Configurator.Domain.Users;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Dashboard;

/// <summary>The home: the controller only asks which roles the person holds; each role's cards come from its own query.</summary>
public sealed class DashboardController(TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index([FromServices] IServiceProvider services, CancellationToken cancellationToken)
    {
        var actor = User.ActorId();
        var model = new HomeViewModel(
            User.DisplayName(),
            User.IsInRole(Roles.Rep) ? await services.GetRequiredService<RepHome>().ReadAsync(actor, cancellationToken) : null,
            User.IsInRole(Roles.Presales) ? await services.GetRequiredService<PresalesHome>().ReadAsync(actor, cancellationToken) : null,
            User.IsInRole(Roles.Approver) ? await services.GetRequiredService<ApproverHome>().ReadAsync(actor, Policies.CanSeeCosts(User), cancellationToken) : null,
            User.IsInRole(Roles.ProductManager) ? await services.GetRequiredService<ProductHome>().ReadAsync(actor, cancellationToken) : null,
            User.IsInRole(Roles.Admin) ? await services.GetRequiredService<AdminHome>().ReadAsync(cancellationToken) : null)
        { Today = clock.Date() };
        ViewData["Title"] = T["Dashboard"].Value;
        ViewData["Section"] = "Dashboard";
        return View(model);
    }
}
