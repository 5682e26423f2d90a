namespace Configurator.Web.Features.Verify;

/// <summary>The verify page: what the last upload turned out to be (worded), or what was wrong with it.</summary>
/// <param name="Answer">The sentence for a checked file, empty before any check or after a refused upload.</param>
/// <param name="Match">What the checked file matched (its alert's colour).</param>
/// <param name="FileError">The problem with the upload, shown next to the file field; empty when none.</param>
public sealed record VerifyViewModel(string Answer, DocumentMatch Match, string FileError)
{
    public static VerifyViewModel Empty { get; } = new("", DocumentMatch.None, "");

    public bool Checked => Answer.Length > 0;

    public string AlertClass => Match == DocumentMatch.None ? "alert--warning" : "alert--success";
}
