namespace Configurator.Web.Features.ClientLinks;

/// <summary>Where the send form starts: the last day the links open.</summary>
public sealed record SendDefaults(DateOnly ExpiresOn);
