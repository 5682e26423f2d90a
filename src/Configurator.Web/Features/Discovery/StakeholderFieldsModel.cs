
namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The fields of a person, shared by the add and edit forms; <see cref="IdPrefix"/> keeps element ids
/// unique. <see cref="FocusName"/> puts the cursor in the name, <see cref="SelectName"/> also selects
/// it (after a refusal, so typing replaces it).
/// </summary>
public sealed record StakeholderFieldsModel(OpportunityViewModel Workspace, StakeholderForm Form, string IdPrefix, bool FocusName = false, bool SelectName = false);
