
namespace Configurator.Web.Features.Discovery;

/// <summary>The fields of a person, shared by the add and edit forms; <see cref="IdPrefix"/> keeps element ids unique.</summary>
public sealed record StakeholderFieldsModel(OpportunityViewModel Workspace, StakeholderForm Form, string IdPrefix);
