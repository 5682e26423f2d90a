namespace Configurator.Web.Features.ClientLinks;

/// <summary>
/// The send form: the opportunity's people (those without an e-mail cannot be chosen), what is ticked, the
/// message and the last day the links open; after a refusal, what was typed with each problem by its field.
/// </summary>
public sealed record SendPageModel(int ProposalId, string Title, int OpportunityId, string AccountName, int Revision, IReadOnlyList<SendPerson> People)
{
    public IReadOnlySet<int> Ticked { get; init; } = new HashSet<int>();

    public string Message { get; init; } = "";

    public string ExpiresOn { get; init; } = "";

    /// <summary>Why this revision cannot be sent now (the form is not shown), or null.</summary>
    public string? Refusal { get; init; }

    /// <summary>A refusal of the whole send (someone changed the proposal meanwhile), shown above the form.</summary>
    public string? Problem { get; init; }

    /// <summary>Problems by field: recipients, message, expiresAt.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public string Error(string field) => Errors.GetValueOrDefault(field, "");
}
