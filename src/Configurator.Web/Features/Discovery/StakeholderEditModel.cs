using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>One person of the decision chain in their edit form; <see cref="Conflict"/> is set when someone else saved them meanwhile.</summary>
public sealed record StakeholderEditModel(OpportunityViewModel Workspace, Stakeholder Person, StakeholderForm Form, bool Conflict = false);
