using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>One item an import creates or changes, with each field's value before and after.</summary>
public sealed record ImportedItem(string Code, string Action, IReadOnlyList<FieldChange> Changes);
