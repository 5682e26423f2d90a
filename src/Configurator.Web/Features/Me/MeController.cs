using System.Security.Claims;
using Configurator.Domain.Users;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Me;

/// <summary>GET /api/v1/me: who the token belongs to and what they may do; handy for integration checks.</summary>
[Route("/api/v1/me")]
public sealed class MeController : ApiControllerBase
{
    [HttpGet("")]
    public MeResponse Get() => new(
        User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "",
        User.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? "",
        Roles.All.Where(User.IsInRole).ToList());
}
