namespace Configurator.Web.Features.Catalogue;

/// <summary>
/// One rule picker of the item editor (requires or excludes): the items chosen, as chips, and a search
/// that finds more. It never lists the whole catalogue.
/// </summary>
/// <param name="Field">The form field the chosen codes post as: Requires or Excludes.</param>
/// <param name="Self">The edited item's code, which the search leaves out; empty for a new item.</param>
public sealed record RulePickerModel(string Field, string Legend, string SearchLabel, IReadOnlyList<(string Code, string Name)> Chosen, string Self, string Error);
