using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// A new opportunity as a caller sent it, with its decision chain and pain points in one body. <see cref="Import"/>
/// brings in a deal decided elsewhere, which may start won or lost (who may import is checked by the caller: <see cref="Hosting.Policies.ImportOpportunities"/>).
/// </summary>
public sealed record OpportunityInput(
    int? AccountId,
    string? Name,
    string? Currency,
    string? Stage,
    DateOnly? ExpectedClose,
    decimal? Budget,
    IReadOnlyList<string?>? Competitors,
    IReadOnlyList<StakeholderInput?>? Stakeholders,
    IReadOnlyList<PainPointInput?>? PainPoints,
    bool? Import = null)
{
    public bool IsImport => Import == true;

    public OpportunityDetails ToDetails() => new(Name, ExpectedClose, Budget, Competitors ?? []);

    /// <summary>
    /// Every problem of the body at its JSON path, except whether the account exists (that needs the
    /// database). Keys are checked here because they only mean something inside this body.
    /// </summary>
    public IReadOnlyList<FieldError> Problems(IReadOnlySet<string> categories)
    {
        var problems = new List<FieldError>(DiscoveryValidation.NewOpportunity(ToDetails(), Currency, Stage, IsImport).ToFieldErrors());
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var personIds = new HashSet<int>();
        var stakeholders = Stakeholders ?? [];
        var painPoints = PainPoints ?? [];
        var tooMany = new[]
        {
            DiscoveryValidation.Count(stakeholders.Count, "stakeholders", "people in a decision chain", DiscoveryLimits.MaxStakeholders),
            DiscoveryValidation.Count(painPoints.Count, "painPoints", "pain points", DiscoveryLimits.MaxPainPoints),
        }.OfType<DiscoveryIssue>().ToList();
        if (tooMany.Count > 0)
        {
            // A list over its bound is refused whole, before its entries are read one by one.
            return [.. problems, .. tooMany.ToFieldErrors()];
        }
        for (var i = 0; i < stakeholders.Count; i++)
        {
            if (stakeholders[i] is not { } stakeholder)
            {
                problems.Add(new($"stakeholders[{i}]", "A stakeholder must be an object with key, name and role."));
                continue;
            }
            problems.AddRange(stakeholder.Problems($"stakeholders[{i}]."));
            if (stakeholder.Key is { Length: > 0 } key && !keys.Add(key))
            {
                problems.Add(new($"stakeholders[{i}].key", $"The key '{key}' is used twice; give each stakeholder its own key."));
            }
            if (stakeholder.PersonId is null && stakeholder.Email.Trimmed() is { Length: > 0 } email && !emails.Add(email))
            {
                problems.Add(new($"stakeholders[{i}].email", $"Another stakeholder of this body has the e-mail address {email}; a person is in a decision chain once."));
            }
            if (stakeholder.PersonId is { } personId && !personIds.Add(personId))
            {
                problems.Add(new($"stakeholders[{i}].personId", $"The person {personId} is named twice; a person is in a decision chain once."));
            }
        }
        for (var i = 0; i < painPoints.Count; i++)
        {
            if (painPoints[i] is not { } painPoint)
            {
                problems.Add(new($"painPoints[{i}]", "A pain point must be an object with title, category and severity."));
                continue;
            }
            problems.AddRange(painPoint.Problems(categories, $"painPoints[{i}]."));
            if (painPoint.RaisedBy is { Length: > 0 } key && !keys.Contains(key))
            {
                problems.Add(new($"painPoints[{i}].raisedBy", $"No stakeholder has the key '{key}'; raisedBy names the key of a stakeholder of the same opportunity."));
            }
        }
        return problems;
    }
}
