namespace Configurator.Web.Demo;

/// <summary>One demo sign-in: who it is, the role it plays and the interface language of its profile (null follows the browser).</summary>
public sealed record DemoUser(string Email, string DisplayName, string Role, string? Language = null);
