namespace Configurator.Web.Features.ContentBlocks;

/// <summary>What the block form posts: every field may be missing or wrong.</summary>
public sealed class ContentBlockForm
{
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? TitleZh { get; set; }

    public string? TextZh { get; set; }

    public List<string> Industries { get; set; } = [];

    public List<string> Categories { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>The list of blocks, and one block's form with the choices to tag it with and what was refused.</summary>
public sealed record ContentBlocksViewModel(IReadOnlyList<Domain.Proposals.ContentBlock> Blocks, bool CanEdit);

public sealed record ContentBlockEditor(int? Id, ContentBlockForm Form, IReadOnlyList<string> Industries, IReadOnlyList<(string Code, string Name)> Categories,
    IReadOnlyDictionary<string, string> Errors, string? Message)
{
    public string Action => Id is { } id ? $"/catalogue/blocks/{id}" : "/catalogue/blocks";
}
