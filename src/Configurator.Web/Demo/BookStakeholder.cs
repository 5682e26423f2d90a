namespace Configurator.Web.Demo;

/// <summary>
/// A person in one deal's decision chain; <see cref="Key"/> lets pain points name who raised them, as in
/// the API. The same e-mail on two deals of an account is the same person, as in the API.
/// </summary>
public sealed record BookStakeholder(string Key, string Name, string Title, string Role, string Stance, int Influence, string Email = "", string Phone = "");
