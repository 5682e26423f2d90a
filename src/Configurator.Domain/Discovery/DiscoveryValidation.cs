using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Discovery;

/// <summary>Every rule of discovery input in one place, for the pages and the API alike; returns all issues at once.</summary>
public static class DiscoveryValidation
{
    public static List<DiscoveryIssue> Account(AccountInput input, string prefix = "")
    {
        var issues = new List<DiscoveryIssue>();
        Text(input.Name, prefix + "name", "the account's name", DiscoveryLimits.NameMaxLength, required: true, issues);
        Text(input.Industry, prefix + "industry", "industry", DiscoveryLimits.ShortTextMaxLength, required: false, issues);
        Text(input.Region, prefix + "region", "region", DiscoveryLimits.ShortTextMaxLength, required: false, issues);
        Text(input.Size, prefix + "size", "size", DiscoveryLimits.ShortTextMaxLength, required: false, issues);
        Text(input.Notes, prefix + "notes", "notes", DiscoveryLimits.NotesMaxLength, required: false, issues);
        return issues;
    }

    public static List<DiscoveryIssue> Stakeholder(StakeholderInput input, string prefix = "")
    {
        var issues = new List<DiscoveryIssue>();
        Text(input.Name, prefix + "name", "the person's name", DiscoveryLimits.NameMaxLength, required: true, issues);
        Text(input.Title, prefix + "title", "job title", DiscoveryLimits.ShortTextMaxLength, required: false, issues);
        Text(input.Notes, prefix + "notes", "notes", DiscoveryLimits.NotesMaxLength, required: false, issues);
        if (!DiscoveryTerms.TryParse<StakeholderRole>(input.Role, out _))
        {
            issues.Add(new(prefix + "role", $"Role '{input.Role}' is not one of {DiscoveryTerms.AllCodes<StakeholderRole>()}."));
        }
        if (input.Stance is not null && !DiscoveryTerms.TryParse<Stance>(input.Stance, out _))
        {
            issues.Add(new(prefix + "stance", $"Stance '{input.Stance}' is not one of {DiscoveryTerms.AllCodes<Stance>()}."));
        }
        if (input.Influence is { } influence && (influence < DiscoveryLimits.MinInfluence || influence > DiscoveryLimits.MaxInfluence))
        {
            issues.Add(new(prefix + "influence", "Influence is a whole number from 1 (little say) to 5 (decides)."));
        }
        return issues;
    }

    /// <summary>A pain point; <paramref name="stakeholderKeys"/> are the keys <c>raisedBy</c> may name.</summary>
    public static List<DiscoveryIssue> PainPoint(PainPointInput input, IReadOnlySet<string> categories, IReadOnlySet<string> stakeholderKeys, string prefix = "")
    {
        var issues = new List<DiscoveryIssue>();
        Text(input.Title, prefix + "title", "a short title", DiscoveryLimits.TitleMaxLength, required: true, issues);
        Text(input.ClientWords, prefix + "clientWords", "the client's words", DiscoveryLimits.ClientWordsMaxLength, required: false, issues);
        if (input.Category is null || !categories.Contains(input.Category))
        {
            issues.Add(new(prefix + "category", $"Pain category '{input.Category}' is not in the taxonomy; choose one of its codes, e.g. {string.Join(", ", categories.Order(StringComparer.Ordinal).Take(3))}."));
        }
        if (input.Severity is not (>= DiscoveryLimits.MinSeverity and <= DiscoveryLimits.MaxSeverity))
        {
            issues.Add(new(prefix + "severity", "Severity is a whole number from 1 (annoying) to 5 (critical)."));
        }
        if (input.AnnualImpact is < 0 or > CatalogueLimits.MaxAmount)
        {
            issues.Add(new(prefix + "annualImpact", "The annual impact is an amount of money from 0 upwards, or left out when unknown."));
        }
        if (input.RaisedBy is { Length: > 0 } key && !stakeholderKeys.Contains(key))
        {
            issues.Add(new(prefix + "raisedBy", $"No stakeholder has the key '{key}'; raisedBy names the key of a stakeholder of the same opportunity."));
        }
        return issues;
    }

    public static List<DiscoveryIssue> Opportunity(OpportunityInput input, IReadOnlySet<string> categories, bool accountExists)
    {
        var issues = new List<DiscoveryIssue>();
        if (input.AccountId is null || !accountExists)
        {
            issues.Add(new("accountId", $"There is no account with the id {input.AccountId}; create the account first."));
        }
        Text(input.Name, "name", "the opportunity's name", DiscoveryLimits.NameMaxLength, required: true, issues);
        if (!Currency.IsKnown(input.Currency))
        {
            issues.Add(new("currency", $"'{input.Currency}' is not an ISO 4217 currency code such as EUR, USD or CNY."));
        }
        if (input.Stage is not null && !DiscoveryTerms.TryParse<OpportunityStage>(input.Stage, out _))
        {
            issues.Add(new("stage", $"Stage '{input.Stage}' is not one of {DiscoveryTerms.AllCodes<OpportunityStage>()}."));
        }
        if (input.Budget is < 0 or > CatalogueLimits.MaxAmount)
        {
            issues.Add(new("budget", "The budget is an amount of money from 0 upwards, or left out when unknown."));
        }
        var competitors = input.Competitors ?? [];
        for (var i = 0; i < competitors.Count; i++)
        {
            Text(competitors[i], $"competitors[{i}]", "a competitor's name", DiscoveryLimits.ShortTextMaxLength, required: true, issues);
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var stakeholders = input.Stakeholders ?? [];
        for (var i = 0; i < stakeholders.Count; i++)
        {
            if (stakeholders[i] is not { } stakeholder)
            {
                issues.Add(new($"stakeholders[{i}]", "A stakeholder must be an object with key, name and role."));
                continue;
            }
            issues.AddRange(Stakeholder(stakeholder, $"stakeholders[{i}]."));
            if (stakeholder.Key is { Length: > 0 } key && !keys.Add(key))
            {
                issues.Add(new($"stakeholders[{i}].key", $"The key '{key}' is used twice; give each stakeholder its own key."));
            }
        }
        var painPoints = input.PainPoints ?? [];
        for (var i = 0; i < painPoints.Count; i++)
        {
            if (painPoints[i] is not { } painPoint)
            {
                issues.Add(new($"painPoints[{i}]", "A pain point must be an object with title, category and severity."));
                continue;
            }
            issues.AddRange(PainPoint(painPoint, categories, keys, $"painPoints[{i}]."));
        }
        return issues;
    }

    private static void Text(string? value, string path, string what, int maxLength, bool required, List<DiscoveryIssue> issues)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
        {
            issues.Add(new(path, $"Give {what}."));
        }
        else if (text.Length > maxLength)
        {
            issues.Add(new(path, $"At most {maxLength} characters; this has {text.Length}."));
        }
    }
}
