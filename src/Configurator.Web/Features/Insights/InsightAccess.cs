using System.Security.Claims;
using Configurator.Domain.Users;
using Configurator.Web.Hosting;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// Who sees which insights: product managers, approvers and admins see the whole company; reps and presales see
/// the parts about their own pipeline (their own opportunities), and nobody else sees insights at all.
/// </summary>
public sealed record InsightAccess(string ActorId, bool SeesEveryone)
{
    public static readonly string[] CompanyWide = [Roles.ProductManager, Roles.Approver, Roles.Admin];

    public static readonly string[] OwnPipeline = [Roles.Rep, Roles.Presales];

    /// <summary>Every role that opens insights at all, for [Authorize(Roles = …)].</summary>
    public const string AnyRole = Roles.ProductManager + "," + Roles.Approver + "," + Roles.Admin + "," + Roles.Rep + "," + Roles.Presales;

    public static InsightAccess Of(ClaimsPrincipal user) => new(user.ActorId(), CompanyWide.Any(user.IsInRole));
}
