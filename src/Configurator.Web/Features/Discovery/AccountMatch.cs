namespace Configurator.Web.Features.Discovery;

/// <summary>An existing account whose name is like one being saved.</summary>
public sealed record AccountMatch(int Id, string Name);
