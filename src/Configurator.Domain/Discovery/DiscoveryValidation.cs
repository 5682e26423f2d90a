using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Discovery;

/// <summary>
/// Every rule of discovery input in one place, for the pages and the API alike; returns all issues at
/// once, each under the stable name of its field. References (which account, which person raised a
/// pain) are resolved by the caller, which knows how they were named.
/// </summary>
public static class DiscoveryValidation
{
    public static IReadOnlyList<DiscoveryIssue> Account(AccountDetails details)
    {
        var issues = new List<DiscoveryIssue>();
        Text(details.Name, "name", "the account's name", DiscoveryLimits.NameMaxLength, required: true, issues);
        Text(details.Industry, "industry", "industry", DiscoveryLimits.ShortTextMaxLength, required: false, issues);
        Text(details.Region, "region", "region", DiscoveryLimits.ShortTextMaxLength, required: false, issues);
        Text(details.Size, "size", "size", DiscoveryLimits.ShortTextMaxLength, required: false, issues);
        Text(details.Notes, "notes", "notes", DiscoveryLimits.NotesMaxLength, required: false, issues);
        return issues;
    }

    /// <summary>A person joining a decision chain: who they are (<see cref="Person"/>) and their part in the deal (<see cref="Participation"/>).</summary>
    public static IReadOnlyList<DiscoveryIssue> Stakeholder(StakeholderDetails details) => [.. Person(details), .. Participation(details)];

    /// <summary>Who someone is: name, job title and how to reach them.</summary>
    public static IReadOnlyList<DiscoveryIssue> Person(StakeholderDetails details)
    {
        var issues = new List<DiscoveryIssue>();
        Text(details.Name, "name", "the person's name", DiscoveryLimits.NameMaxLength, required: true, issues);
        Text(details.Title, "title", "job title", DiscoveryLimits.ShortTextMaxLength, required: false, issues);
        Contact(details.Email, details.Phone, issues);
        return issues;
    }

    /// <summary>A person's part in one deal: role, stance, influence and notes.</summary>
    public static IReadOnlyList<DiscoveryIssue> Participation(StakeholderDetails details)
    {
        var issues = new List<DiscoveryIssue>();
        Text(details.Notes, "notes", "notes", DiscoveryLimits.NotesMaxLength, required: false, issues);
        if (!DiscoveryTerms.TryParse<StakeholderRole>(details.Role, out _))
        {
            issues.Add(new("role", DiscoveryIssueCodes.Unknown, $"Role '{details.Role}' is not one of {DiscoveryTerms.AllCodes<StakeholderRole>()}."));
        }
        if (details.Stance is not null && !DiscoveryTerms.TryParse<Stance>(details.Stance, out _))
        {
            issues.Add(new("stance", DiscoveryIssueCodes.Unknown, $"Stance '{details.Stance}' is not one of {DiscoveryTerms.AllCodes<Stance>()}."));
        }
        if (details.Influence is { } influence && (influence < DiscoveryLimits.MinInfluence || influence > DiscoveryLimits.MaxInfluence))
        {
            issues.Add(new("influence", DiscoveryIssueCodes.OutOfRange, "Influence is a whole number from 1 (little say) to 5 (decides)."));
        }
        return issues;
    }

    /// <summary>How to reach a person: both optional; when given, an e-mail address that can be written to and a number that can be dialled.</summary>
    private static void Contact(string? email, string? phone, List<DiscoveryIssue> issues)
    {
        var address = email?.Trim() ?? "";
        if (address.Length > DiscoveryLimits.EmailMaxLength)
        {
            issues.Add(new("email", DiscoveryIssueCodes.TooLong, $"At most {DiscoveryLimits.EmailMaxLength} characters; this has {address.Length}."));
        }
        else if (address.Length > 0 && !IsEmail(address))
        {
            issues.Add(new("email", DiscoveryIssueCodes.Malformed, "Write the e-mail address in full, like anna.berg@client.com."));
        }
        var number = phone?.Trim() ?? "";
        if (number.Length > DiscoveryLimits.PhoneMaxLength)
        {
            issues.Add(new("phone", DiscoveryIssueCodes.TooLong, $"At most {DiscoveryLimits.PhoneMaxLength} characters; this has {number.Length}."));
        }
        else if (number.Length > 0 && !IsPhone(number))
        {
            issues.Add(new("phone", DiscoveryIssueCodes.Malformed, "Write the phone number in digits, with the country code if abroad, like +49 30 1234 5678."));
        }
    }

    /// <summary>One @ between a local part and a domain with a dot, no spaces: what every address people type has, without guessing more.</summary>
    private static bool IsEmail(string address)
    {
        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@') || address.Any(char.IsWhiteSpace))
        {
            return false;
        }
        var domain = address[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>Digits with the usual separators (spaces, dashes, dots, slashes, brackets) and a leading +.</summary>
    private static bool IsPhone(string number)
    {
        var digits = number.Count(char.IsAsciiDigit);
        var separatorsOnly = number.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '/' or '(' or ')' || (c == '+' && i == 0)).All(ok => ok);
        return separatorsOnly && digits is >= DiscoveryLimits.MinPhoneDigits and <= DiscoveryLimits.MaxPhoneDigits;
    }

    /// <summary>A phone number a person gives for their own profile: optional; when given, one that can be dialled (field <c>phone</c>).</summary>
    public static IReadOnlyList<DiscoveryIssue> Phone(string? phone)
    {
        var issues = new List<DiscoveryIssue>();
        Contact(null, phone, issues);
        return issues;
    }

    /// <summary>
    /// A pain point's cost as the client agreed it: an amount from 0 upwards, a person of the account who
    /// confirmed it (<paramref name="personKnown"/>) and the day they did, not after <paramref name="today"/>.
    /// </summary>
    public static IReadOnlyList<DiscoveryIssue> Baseline(decimal? amount, bool personKnown, DateOnly? confirmedOn, DateOnly today)
    {
        var issues = new List<DiscoveryIssue>();
        if (amount is null)
        {
            issues.Add(new("amount", DiscoveryIssueCodes.Required, "Enter the yearly cost the client agreed to, as an amount of money."));
        }
        else if (amount is < 0 or > CatalogueLimits.MaxAmount)
        {
            issues.Add(new("amount", DiscoveryIssueCodes.OutOfRange, "The agreed cost is an amount of money from 0 upwards."));
        }
        if (!personKnown)
        {
            issues.Add(new("confirmedBy", DiscoveryIssueCodes.Unknown, "Choose who at the client confirmed it: one of the account's people."));
        }
        if (confirmedOn is null)
        {
            issues.Add(new("confirmedOn", DiscoveryIssueCodes.Required, "Enter the day the client confirmed it."));
        }
        else if (confirmedOn > today)
        {
            issues.Add(new("confirmedOn", DiscoveryIssueCodes.OutOfRange, "The day the client confirmed it cannot be in the future."));
        }
        return issues;
    }

    /// <summary>A pain point; <paramref name="categories"/> are the taxonomy's codes.</summary>
    public static IReadOnlyList<DiscoveryIssue> PainPoint(PainPointDetails details, IReadOnlySet<string> categories)
    {
        var issues = new List<DiscoveryIssue>();
        Text(details.Title, "title", "a short title", DiscoveryLimits.TitleMaxLength, required: true, issues);
        Text(details.ClientWords, "clientWords", "the client's words", DiscoveryLimits.ClientWordsMaxLength, required: false, issues);
        if (details.Category is null || !categories.Contains(details.Category))
        {
            issues.Add(new("category", string.IsNullOrEmpty(details.Category) ? DiscoveryIssueCodes.Required : DiscoveryIssueCodes.Unknown, $"Pain category '{details.Category}' is not in the taxonomy; choose one of its codes, e.g. {string.Join(", ", categories.Order(StringComparer.Ordinal).Take(3))}."));
        }
        if (details.Severity is not (>= DiscoveryLimits.MinSeverity and <= DiscoveryLimits.MaxSeverity))
        {
            issues.Add(new("severity", DiscoveryIssueCodes.OutOfRange, "Severity is a whole number from 1 (annoying) to 5 (critical)."));
        }
        if (details.AnnualImpact is < 0 or > CatalogueLimits.MaxAmount)
        {
            issues.Add(new("annualImpact", DiscoveryIssueCodes.OutOfRange, "The annual impact is an amount of money from 0 upwards, or left out when unknown."));
        }
        return issues;
    }

    /// <summary>
    /// A deal about to start: its details, the currency everything of it will be in, and its stage (null: discovery).
    /// A deal reaches won or lost through its playbook; it starts there only when <paramref name="import"/>ed,
    /// decided elsewhere (who may import is the caller's to check).
    /// </summary>
    public static IReadOnlyList<DiscoveryIssue> NewOpportunity(OpportunityDetails details, string? currency, string? stage, bool import = false)
    {
        var issues = new List<DiscoveryIssue>();
        Text(details.Name, "name", "the opportunity's name", DiscoveryLimits.NameMaxLength, required: true, issues);
        if (!CurrencyCode.TryFrom(currency, out _))
        {
            issues.Add(new("currency", DiscoveryIssueCodes.Unknown, $"'{currency}' is not an ISO 4217 currency code such as EUR, USD or CNY."));
        }
        if (stage is not null && !DiscoveryTerms.TryParse<OpportunityStage>(stage, out _))
        {
            issues.Add(new("stage", DiscoveryIssueCodes.Unknown, $"Stage '{stage}' is not one of {DiscoveryTerms.AllCodes<OpportunityStage>()}."));
        }
        else if (stage is not null && DiscoveryTerms.TryParse<OpportunityStage>(stage, out var decided) && Playbook.IsClosed(decided) && !import)
        {
            issues.Add(new("stage", DiscoveryIssueCodes.PlaybookSkipped,
                $"A deal reaches {stage} through its playbook: start it in an open stage and move it on, or send \"import\": true to bring in a deal decided elsewhere (admins only)."));
        }
        BudgetAndCompetitors(details, issues);
        return issues;
    }

    /// <summary>The details of a deal that has started.</summary>
    public static IReadOnlyList<DiscoveryIssue> OpportunityDetails(OpportunityDetails details)
    {
        var issues = new List<DiscoveryIssue>();
        Text(details.Name, "name", "the opportunity's name", DiscoveryLimits.NameMaxLength, required: true, issues);
        BudgetAndCompetitors(details, issues);
        return issues;
    }

    private static void BudgetAndCompetitors(OpportunityDetails details, List<DiscoveryIssue> issues)
    {
        if (details.Budget is < 0 or > CatalogueLimits.MaxAmount)
        {
            issues.Add(new("budget", DiscoveryIssueCodes.OutOfRange, "The budget is an amount of money from 0 upwards, or left out when unknown."));
        }
        if (Count(details.Competitors.Count, "competitors", "competitors", DiscoveryLimits.MaxCompetitors) is { } tooMany)
        {
            issues.Add(tooMany);
            return;
        }
        for (var i = 0; i < details.Competitors.Count; i++)
        {
            Text(details.Competitors[i], $"competitors[{i}]", "a competitor's name", DiscoveryLimits.ShortTextMaxLength, required: true, issues);
        }
    }

    /// <summary>An account's details with its industry and region held to the company's lists.</summary>
    public static IReadOnlyList<DiscoveryIssue> Account(AccountDetails details, AccountChoices choices)
    {
        var issues = new List<DiscoveryIssue>(Account(details));
        if (!choices.Industries.Accepts(details.Industry))
        {
            issues.Add(new("industry", DiscoveryIssueCodes.Unknown, $"Choose one of the industries: {string.Join(", ", choices.Industries.Values)}."));
        }
        if (!choices.Regions.Accepts(details.Region))
        {
            issues.Add(new("region", DiscoveryIssueCodes.Unknown, $"Choose one of the regions: {string.Join(", ", choices.Regions.Values)}."));
        }
        return issues;
    }

    /// <summary>A deal's next step: what happens and by when, both or neither (neither clears it).</summary>
    public static IReadOnlyList<DiscoveryIssue> NextStep(string? text, DateOnly? due)
    {
        var issues = new List<DiscoveryIssue>();
        var step = text?.Trim() ?? "";
        if (step.Length > DiscoveryLimits.NextStepMaxLength)
        {
            issues.Add(new("nextStep", DiscoveryIssueCodes.TooLong, $"At most {DiscoveryLimits.NextStepMaxLength} characters; this has {step.Length}."));
        }
        if (step.Length > 0 && due is null)
        {
            issues.Add(new("nextStepDue", DiscoveryIssueCodes.Required, "Give the date the next step is due."));
        }
        if (step.Length == 0 && due is not null)
        {
            issues.Add(new("nextStep", DiscoveryIssueCodes.Required, "Say what the next step is, or clear its date."));
        }
        return issues;
    }

    /// <summary>
    /// Null when a list of <paramref name="count"/> entries fits its bound; else the issue, under the list's
    /// <paramref name="field"/>. Entries are checked only after: a list over its bound is refused whole.
    /// </summary>
    public static DiscoveryIssue? Count(int count, string field, string what, int max) => count > max
        ? new(field, DiscoveryIssueCodes.TooMany, $"At most {max} {what}; this has {count}.")
        : null;

    /// <summary>Null when one more pain point fits the deal that has <paramref name="existing"/>; else why not (the deal's state refuses it, not the input).</summary>
    public static string? RoomForPainPoint(int existing) => existing >= DiscoveryLimits.MaxPainPoints
        ? $"This opportunity has {existing} pain points, the most it keeps; merge or reword some before adding another."
        : null;

    /// <summary>Null when one more person fits the decision chain of <paramref name="existing"/>; else why not.</summary>
    public static string? RoomForStakeholder(int existing) => existing >= DiscoveryLimits.MaxStakeholders
        ? $"This decision chain has {existing} people, the most it keeps; remove someone before adding another."
        : null;

    private static void Text(string? value, string field, string what, int maxLength, bool required, List<DiscoveryIssue> issues)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
        {
            issues.Add(new(field, DiscoveryIssueCodes.Required, $"Give {what}."));
        }
        else if (text.Length > maxLength)
        {
            issues.Add(new(field, DiscoveryIssueCodes.TooLong, $"At most {maxLength} characters; this has {text.Length}."));
        }
    }
}
