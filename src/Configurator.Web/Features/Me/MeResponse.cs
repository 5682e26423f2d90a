namespace Configurator.Web.Features.Me;

public sealed record MeResponse(string Email, string DisplayName, IReadOnlyList<string> Roles);
