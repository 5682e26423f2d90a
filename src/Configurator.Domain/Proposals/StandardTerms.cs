namespace Configurator.Domain.Proposals;

/// <summary>
/// The terms and conditions an admin keeps for one document language: what a proposal prints when
/// presales have not written terms of their own, and where "Start from the standard terms" starts.
/// </summary>
public sealed class StandardTerms
{
    private StandardTerms()
    {
    }

    /// <summary>The document language ("en", "zh-CN"): one text per language.</summary>
    public string Language { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string ChangedById { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Rises with every save: the page names the version it showed, so two admins editing at once cannot overwrite each other unseen.</summary>
    public int Version { get; private set; }

    public static StandardTerms For(string language) => new() { Language = language };

    /// <summary>Changes the text, or says why not (longer than terms may be), under <paramref name="field"/>.</summary>
    public ProposalIssue? Write(string? text, string actorId, DateTimeOffset at, string field = "text")
    {
        var (kept, problem) = ProposalSectionKind.Terms.Check(text, field);
        if (problem is not null)
        {
            return problem;
        }
        (Text, ChangedById, ChangedAt) = (kept, actorId, at);
        Version++;
        return null;
    }
}
