namespace Configurator.Web.Features.Me;

/// <summary>PATCH /api/v1/me: <c>{"language": "zh-CN"}</c>; null follows the browser again.</summary>
public sealed record MeUpdate(string? Language);
