using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Proposals;

/// <summary>Someone in the decision chain whom the builder shows, with the pain points they care about and whether each is answered.</summary>
public sealed record KeyPerson(string Name, StakeholderRole Role, Stance Stance, IReadOnlyList<(string Title, bool Answered)> Cares);
