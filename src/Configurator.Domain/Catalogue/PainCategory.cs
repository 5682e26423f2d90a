namespace Configurator.Domain.Catalogue;

/// <summary>An entry of the pain taxonomy that pain points and offer items both point at.</summary>
public sealed class PainCategory
{
    private PainCategory()
    {
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public static PainCategory Create(PainCategorySpec spec) => new() { Code = spec.Code, Name = spec.Name, Description = spec.Description };

    public PainCategorySpec ToSpec() => new(Code, Name, Description);

    /// <summary>Renames and re-describes; the code stays, because items and pain points refer to it.</summary>
    public bool Update(string name, string description)
    {
        if (name == Name && description == Description)
        {
            return false;
        }
        Name = name;
        Description = description;
        return true;
    }
}
