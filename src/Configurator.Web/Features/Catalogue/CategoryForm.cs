namespace Configurator.Web.Features.Catalogue;

public sealed class CategoryForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }
}
