using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Shared;

/// <summary>
/// Base for /api/v1 controllers: JSON with problem details for every error. The API authenticates
/// with bearer tokens, never cookies, so it needs no antiforgery token.
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken]
public abstract class ApiControllerBase : ControllerBase
{
}
