
namespace Configurator.Web.Features.Discovery;

/// <summary>A person in one opportunity's decision chain; <see cref="PersonId"/> is the same person on every deal of the account.</summary>
public sealed record StakeholderResponse(int Id, string? Key, string Name, string Title, string Role, string Stance, int Influence, string Notes,
    IReadOnlyList<int> CaresAbout, int Version, int PersonId, string Email, string Phone);
