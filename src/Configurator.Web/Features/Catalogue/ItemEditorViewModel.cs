using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <param name="ItemNames">The names of the items the rules name (only those: the editor never lists the whole catalogue).</param>
public sealed record ItemEditorViewModel(
    ItemForm Form,
    bool IsNew,
    IReadOnlyList<PainCategorySpec> Categories,
    IReadOnlyDictionary<string, string> ItemNames,
    TextPreviewModel Preview)
{
    public RulePickerModel Picker(string field, string error)
    {
        var (chosen, legend, label) = field == nameof(ItemForm.Requires)
            ? (Form.Requires, "Requires (must be in the same configuration)", "Add a required item")
            : (Form.Excludes, "Excludes (cannot be in the same configuration)", "Add an excluded item");
        return new RulePickerModel(field, legend, label, chosen.Select(c => (c, ItemNames.GetValueOrDefault(c) ?? "")).ToList(), IsNew ? "" : Form.Code ?? "", error);
    }
}
