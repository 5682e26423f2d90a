namespace Configurator.Web.Features.Users;

/// <summary>The role check boxes, posted as a list under <see cref="FieldName"/>.</summary>
public sealed record RolePickerModel(string FieldName, IReadOnlyCollection<string> Selected);
