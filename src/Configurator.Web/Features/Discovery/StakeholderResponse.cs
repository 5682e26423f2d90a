
namespace Configurator.Web.Features.Discovery;

public sealed record StakeholderResponse(int Id, string? Key, string Name, string Title, string Role, string Stance, int Influence, string Notes,
    IReadOnlyList<int> CaresAbout, int Version);
