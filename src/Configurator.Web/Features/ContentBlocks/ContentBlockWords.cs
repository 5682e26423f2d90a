namespace Configurator.Web.Features.ContentBlocks;

/// <summary>The pages' English keys for a block's kind (the localizer turns them into the reader's language).</summary>
public static class ContentBlockWords
{
    public static string Kind(string code) => code switch
    {
        "case-study" => "Case study",
        "reference" => "Reference",
        "certification" => "Certification",
        _ => code,
    };
}
