using System.Globalization;

namespace Configurator.Web.Documents;

// The read-only view a proposal template sees: plain records built from the proposal's snapshot, never
// EF entities. Templates read them in snake_case (document.prepared_by); templates/README.md lists
// every variable. Amounts come both as numbers and formatted in the proposal's currency.

/// <summary>Everything one proposal document shows.</summary>
public sealed record ProposalDocument(
    DocumentInfo Document,
    DocumentBrand Brand,
    DocumentClient Client,
    DocumentOpportunity Opportunity,
    DocumentPerson? EconomicBuyer,
    IReadOnlyList<DocumentPerson> Stakeholders,
    IReadOnlyList<DocumentPain> PainPoints,
    IReadOnlyList<DocumentPain> BuyerPainPoints,
    IReadOnlyList<DocumentOption> Options,
    IReadOnlyList<DocumentSolutionGroup> Solution,
    IReadOnlyList<DocumentCoverageRow> Coverage,
    DocumentApart Apart,
    IReadOnlyDictionary<string, string> Labels)
{
    public bool HasSeveralOptions => Options.Count > 1;

    public bool AnyDiscount => Options.Any(o => o.HasDiscount);

    /// <summary>The assumptions table: every pain point with what each option is assumed to remove of its cost.</summary>
    public IReadOnlyList<DocumentAssumption> Assumptions { get; init; } = [];

    public DocumentValueBasis ValueBasis { get; init; } = new("", "", "", "", "", "");

    /// <summary>The sections presales wrote, as whitelisted HTML (<see cref="SafeMarkdown"/>); each empty when not written.</summary>
    public DocumentWriting Written { get; init; } = DocumentWriting.None;

    /// <summary>What the acceptance block at the end of the document offers to sign.</summary>
    public DocumentAcceptance Acceptance { get; init; } = new([], "", "");


    /// <summary>
    /// The option the summary leads with: the middle of Good / Better / Best (the engine's recommendation),
    /// otherwise the first.
    /// </summary>
    public DocumentOption? Recommended => Domain.Proposals.RecommendedOption.Of(Options);

    /// <summary>
    /// The solution section's full descriptions: the recommended option's items only, by kind. With one
    /// option, every item.
    /// </summary>
    public IReadOnlyList<DocumentSolutionGroup> RecommendedSolution => Recommended is { } r && HasSeveralOptions
        ? Solution.Select(g => g with { Items = g.Items.Where(i => i.InOptions.Contains(r.Name)).ToList() }).Where(g => g.Items.Count > 0).ToList()
        : Solution;

    /// <summary>The other options, each with the items it has beyond the recommended one (one line each) and the ones it leaves out.</summary>
    public IReadOnlyList<DocumentOtherOption> OtherOptions => Recommended is { } r && HasSeveralOptions
        ? Options.Where(o => o.Name != r.Name).Select(o => new DocumentOtherOption(o.Name,
            Items.Where(i => i.InOptions.Contains(o.Name) && !i.InOptions.Contains(r.Name)).ToList(),
            Items.Where(i => i.InOptions.Contains(r.Name) && !i.InOptions.Contains(o.Name)).Select(i => i.Name).ToList())).ToList()
        : [];

    /// <summary>The pain points the summary names: the economic buyer's (or the most pressing), three at most.</summary>
    public IReadOnlyList<DocumentPain> TopPainPoints => BuyerPainPoints.Take(3).ToList();

    /// <summary>The items across every option in document order: the columns of the coverage matrix.</summary>
    public IReadOnlyList<DocumentSolutionItem> Items => Solution.SelectMany(g => g.Items).ToList();

    /// <summary>A date as the document's language writes it (<c>date_format</c> among the labels).</summary>
    public static string FormatDate(DateOnly date, IReadOnlyDictionary<string, string> labels) =>
        date.ToString(labels.GetValueOrDefault("date_format", "d MMMM yyyy"), CultureInfo.InvariantCulture);

    /// <summary>
    /// Puts a document together and derives what follows from its parts: the pain points the economic
    /// buyer cares about (the three most pressing when nobody says), the coverage matrix and what sets the
    /// solution apart.
    /// </summary>
    public static ProposalDocument Assemble(
        DocumentInfo info, DocumentBrand brand, DocumentClient client, DocumentOpportunity opportunity,
        DocumentPerson? economicBuyer, IReadOnlyList<DocumentPerson> stakeholders, IReadOnlyList<DocumentPain> pains,
        IReadOnlyList<DocumentOption> options, IReadOnlyList<DocumentSolutionGroup> solution, IReadOnlyDictionary<string, string> labels)
    {
        var items = solution.SelectMany(g => g.Items).ToList();
        var buyerPains = economicBuyer is { CaresAbout.Count: > 0 }
            ? pains.Where(p => economicBuyer.CaresAbout.Contains(p.Number)).ToList()
            : pains.Take(3).ToList();
        var coverage = pains.Select(p => new DocumentCoverageRow(p, items
            .Select(i => i.Answers.Where(a => a.PainNumber == p.Number).Select(a => a.Strength).DefaultIfEmpty(0).Max()).ToList())).ToList();
        var onlyDifferentiators = pains
            .Where(p => items.Any(i => i.Answers.Any(a => a.PainNumber == p.Number))
                && items.Where(i => i.Answers.Any(a => a.PainNumber == p.Number)).All(i => i.Kind != "standard"))
            .Select(p => p.Number).ToList();
        var differentiators = items
            .SelectMany(i => i.Differentiators.Select(d => new DocumentDifferentiator(d, i.Name)))
            .DistinctBy(d => d.Text).ToList();
        var apart = new DocumentApart(differentiators, onlyDifferentiators,
            items.Count(i => i.Kind == "innovation"), items.Count(i => i.Kind == "service"));
        return new ProposalDocument(info, brand, client, opportunity, economicBuyer, stakeholders, pains, buyerPains,
            options, solution, coverage, apart, labels);
    }
}

/// <param name="Draft">True for a preview or draft PDF; false for an issued revision.</param>
public sealed record DocumentInfo(
    string Title, string Language, string Date, string ValidUntil, int Revision, string PreparedBy,
    string Currency, int TermMonths, bool Draft)
{
    /// <summary>How the client reaches whoever prepared the document: their e-mail and phone from their profile; empty when not given.</summary>
    public string PreparedByEmail { get; init; } = "";

    public string PreparedByPhone { get; init; } = "";

    /// <summary>The currency as the document's language names it in a sentence ("EUR", "人民币"): <c>labels["currency_" + code]</c>, else the code.</summary>
    public string CurrencyName { get; init; } = Currency;
}

/// <param name="Logo">The logo as a data: URL (empty when there is none); documents load nothing from anywhere.</param>
public sealed record DocumentBrand(string Name, string Logo, string PrimaryColour, string Address, string LegalFooter)
{
    /// <summary>The name, address and footer per document language, each already falling back to the default text where not translated.</summary>
    public IReadOnlyDictionary<string, Configurator.Domain.Branding.BrandTexts> ByLanguage { get; init; } =
        new Dictionary<string, Configurator.Domain.Branding.BrandTexts>(StringComparer.Ordinal);

    /// <summary>The brand as a document in <paramref name="language"/> prints it.</summary>
    public DocumentBrand For(string language) => ByLanguage.TryGetValue(language, out var texts)
        ? this with { Name = texts.Name, Address = texts.Address, LegalFooter = texts.LegalFooter }
        : this;
}

public sealed record DocumentClient(string Name, string Industry, string Region);

public sealed record DocumentOpportunity(string Name, string ExpectedClose);

/// <param name="Role">The role's code (economic-buyer, champion…); <c>labels["role_" + role]</c> names it.</param>
/// <param name="CaresAbout">Numbers of the pain points this person cares about.</param>
public sealed record DocumentPerson(string Name, string Title, string Role, string Stance, IReadOnlyList<int> CaresAbout);

/// <param name="Number">1 for the most pressing pain point: how the rest of the document refers to it.</param>
/// <param name="Status">covered, weak or uncovered, across every option.</param>
public sealed record DocumentPain(
    int Number, string Title, string Category, string CategoryName, string ClientWords, int Severity,
    decimal? AnnualImpactAmount, string AnnualImpact, string RaisedBy, string Status)
{
    /// <summary>Why the proposal does not answer it, as presales wrote it; empty when they did not, or when it is answered.</summary>
    public string NotAnsweredBecause { get; init; } = "";

    /// <summary>
    /// Who at the client confirmed <see cref="AnnualImpact"/>, worded for the document ("Dana Smith, CFO,
    /// 3 December 2026"); empty while the cost is our estimate.
    /// </summary>
    public string ConfirmedBy { get; init; } = "";
}

/// <param name="Kind">standard, innovation or service; <c>labels["kind_" + kind]</c> names it.</param>
public sealed record DocumentSolutionGroup(string Kind, IReadOnlyList<DocumentSolutionItem> Items);

/// <param name="Number">The item's column in the coverage matrix.</param>
/// <param name="Text">The item's proposal text rendered for this client, one entry per paragraph.</param>
/// <param name="TextError">Why the proposal text could not be rendered; empty when it was.</param>
/// <param name="InOptions">Names of the options that include the item.</param>
public sealed record DocumentSolutionItem(
    int Number, string Code, string Name, string Kind, IReadOnlyList<string> Text, string TextError,
    IReadOnlyList<string> Differentiators, IReadOnlyList<DocumentAnswer> Answers, IReadOnlyList<string> InOptions)
{
    /// <summary>Presales' notes on the item's lines (why it is there), each once, across the options.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The catalogue's one-line summary: how an item outside the recommended option is described.</summary>
    public string Summary { get; init; } = "";
}

/// <param name="Strength">1 weak, 2 medium, 3 strong (<c>labels["strength_" + strength]</c>, the words of CatalogueTerms.StrengthLabel).</param>
public sealed record DocumentAnswer(int PainNumber, string PainTitle, int Strength);

/// <param name="Cells">One per item, in the order of <see cref="ProposalDocument.Items"/>: the strength 0–3.</param>
public sealed record DocumentCoverageRow(DocumentPain Pain, IReadOnlyList<int> Cells);

/// <param name="PainNumbersOnlyDifferentiators">Pain points that only innovations and services answer.</param>
public sealed record DocumentApart(
    IReadOnlyList<DocumentDifferentiator> Differentiators, IReadOnlyList<int> PainNumbersOnlyDifferentiators, int InnovationCount, int ServiceCount);

public sealed record DocumentDifferentiator(string Text, string ItemName);

public sealed record DocumentOption(
    string Name, IReadOnlyList<DocumentLine> Lines, DocumentTotals Totals, DocumentValue Value, bool HasDiscount)
{
    /// <summary>
    /// With a discount the lines table has two more columns and would crowd the item names, so it drops
    /// the least telling one, the amount per period (the totals above it still give it per option).
    /// </summary>
    public bool ShowPerPeriod => !HasDiscount;
}

/// <summary>An option other than the recommended one, described briefly: what it adds (one line per item) and what it leaves out.</summary>
public sealed record DocumentOtherOption(string Name, IReadOnlyList<DocumentSolutionItem> Adds, IReadOnlyList<string> LeavesOut);

/// <param name="Discount">"10%" or empty when the line has no discount.</param>
public sealed record DocumentLine(
    string Code, string Name, string Kind, int Quantity, string Unit, string Model,
    string ListUnitPrice, string Discount, string NetUnitPrice, string NetTotal, string ContractValue)
{
    /// <summary>The quantity with its unit as the document's language says it ("25 users", "1 user", "25 个用户"): <c>labels.quantity_unit</c>.</summary>
    public string QuantityText { get; init; } = $"{Quantity} {Unit}";

    /// <summary>The line with its quantity worded by <paramref name="labels"/>, the unit in the plural where the language has one (<see cref="UnitWords"/>).</summary>
    public DocumentLine Worded(IReadOnlyDictionary<string, string> labels) => this with
    {
        QuantityText = labels.GetValueOrDefault("quantity_unit", "{quantity} {unit}")
            .Replace("{quantity}", Quantity.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{unit}", UnitWords.For(Quantity, Unit, labels), StringComparison.Ordinal),
    };
}

public sealed record DocumentTotals(
    string OneTime, string Monthly, string Annual, string ListContractValue, string ContractValue,
    decimal ContractValueAmount, decimal DiscountPercent, string Discount);

/// <param name="PaybackMonths">"6.5", or empty when nothing the option answers has an impact.</param>
/// <param name="PainBarPercent">Width of the pain-cost bar in the value chart, 0–100, against the largest bar of all options.</param>
public sealed record DocumentValue(
    string AnnualPainCostAnswered, string FirstYearInvestment, string PaybackMonths,
    decimal PainBarPercent, decimal InvestmentBarPercent)
{
    /// <summary>The value case under each scenario; the document leads with the conservative one.</summary>
    public DocumentScenario Conservative { get; init; } = DocumentScenario.None;

    public DocumentScenario Expected { get; init; } = DocumentScenario.None;

    public DocumentScenario Ambitious { get; init; } = DocumentScenario.None;

    /// <summary>Year 1 … N of the term under the conservative scenario: value reached against what is invoiced.</summary>
    public IReadOnlyList<DocumentValueYear> Years { get; init; } = [];

    /// <summary>Per pain point the option answers: the share of its cost the option is expected to remove.</summary>
    public IReadOnlyList<DocumentPainValue> Pains { get; init; } = [];

    /// <summary>Numbers of the pain points the option answers that have no quantified cost.</summary>
    public IReadOnlyList<int> NotQuantified { get; init; } = [];
}

/// <param name="PaybackMonths">"6.5", or empty when the scenario has no value.</param>
/// <param name="Roi">"183%": net value over the term against the contract value; empty when there is no contract value.</param>
public sealed record DocumentScenario(string AnnualValue, decimal AnnualValueAmount, string PaybackMonths, string NetValueOverTerm, string Roi)
{
    /// <summary>The payback as the document's language says it ("6.5 months", "1 month", "6.5个月"); empty with <see cref="PaybackMonths"/>.</summary>
    public string PaybackText { get; init; } = "";

    /// <summary>True when the scenario's value over the term falls short of the contract value: the summary then says so instead of praising the return.</summary>
    public bool IsLoss { get; init; }

    public static readonly DocumentScenario None = new("", 0, "", "", "");
}

/// <param name="Ahead">True once the value so far exceeds the cost so far.</param>
public sealed record DocumentValueYear(int Year, string Value, string Cost, string CumulativeNet, bool Ahead);

/// <param name="Improvement">"74%": the share of the pain's cost the option's lines remove together.</param>
/// <param name="AnnualValue">The expected value a year, empty when the pain's cost is not quantified.</param>
public sealed record DocumentPainValue(int PainNumber, string Improvement, string AnnualValue);

/// <summary>One row of the assumptions table: a pain point, its annual cost, what each option is assumed to remove of it and on what basis.</summary>
/// <param name="ImprovementByOption">"74%" per option in document order, "—" where the option does not answer it.</param>
/// <param name="Basis">Where each figure comes from: the cost (our estimate, or confirmed by the client with the person's name) and the shares removed (catalogue default, the item's figure, or our estimate with its reason).</param>
public sealed record DocumentAssumption(int PainNumber, string PainTitle, string AnnualCost, IReadOnlyList<string> ImprovementByOption, IReadOnlyList<string> Basis)
{
    /// <summary>How far the row can be leaned on, worded ("high"): the lowest of its figures' confidence.</summary>
    public string Confidence { get; init; } = "";
}

/// <summary>The defaults the value case uses where nobody said otherwise, as percentages ("60%").</summary>
public sealed record DocumentValueBasis(string Weak, string Medium, string Strong, string Conservative, string Ambitious, string RampUp);

/// <summary>
/// The sections presales wrote, each already rendered by <see cref="SafeMarkdown"/> to the few elements a
/// document allows; templates print them with <c>| raw</c> and nothing else. Empty when not written.
/// </summary>
public sealed record DocumentWriting(string Introduction, string Understanding, string Approach, string References, string Closing, string Terms)
{
    public static readonly DocumentWriting None = new("", "", "", "", "", "");
}

/// <param name="Options">The options to choose among; with one, the block names it as the one accepted.</param>
/// <param name="ClientName">Who signs for the client: the client's name.</param>
/// <param name="CompanyName">Who signs for us: the brand's name.</param>
public sealed record DocumentAcceptance(IReadOnlyList<string> Options, string ClientName, string CompanyName)
{
    public bool HasChoice => Options.Count > 1;
}
