namespace Configurator.Web.Demo;

/// <summary>A stakeholder; <see cref="Key"/> lets pain points name who raised them, as in the API.</summary>
public sealed record BookStakeholder(string Key, string Name, string Title, string Role, string Stance, int Influence);
