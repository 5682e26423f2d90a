using System.Globalization;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Documents;
using Configurator.Web.Localization;

namespace Configurator.Web.Features.Proposals;

/// <summary>What a proposal document is made from: the proposal as evaluated, its opportunity and client, and who issues it when.</summary>
public sealed record DocumentSource(
    Proposal Proposal, IReadOnlyList<EvaluatedOption> Options, ProposalContext Context, Opportunity Opportunity, Account Account,
    DocumentBrand Brand, int Revision, string PreparedBy, DateTimeOffset At, bool Draft)
{
    /// <summary>The admin's terms and conditions in the proposal's language, printed when presales wrote none; empty when there are none.</summary>
    public string StandardTerms { get; init; } = "";

    /// <summary>How the client reaches whoever prepared the document, from their profile; empty when not given.</summary>
    public string PreparedByEmail { get; init; } = "";

    public string PreparedByPhone { get; init; } = "";
}

/// <summary>A proposal text that failed to render, for the builder to show.</summary>
public sealed record ProposalTextFailure(string ItemCode, string ItemName, string Error);

/// <summary>
/// Builds the read-only template model of a proposal document from the proposal's snapshot: numbers
/// pain points by priority, renders each item's proposal text for this client (a failure becomes a
/// visible marker, not a broken document), lists every item across the options by kind, and formats
/// every amount in the proposal's currency.
/// </summary>
public sealed class ProposalDocumentBuilder(ProposalTextRenderer texts, ProposalDocumentRenderer renderer, Microsoft.Extensions.Options.IOptions<ProposalSettings> settings)
{
    private static readonly ItemKind[] _kindOrder = [ItemKind.Standard, ItemKind.Innovation, ItemKind.Service];

    private int ValidityDays => settings.Value.ValidityDays;

    public ProposalDocument Build(DocumentSource source)
    {
        var (proposal, options, context, opportunity, account) = (source.Proposal, source.Options, source.Context, source.Opportunity, source.Account);
        var labels = renderer.Labels(proposal.Language);
        string Money(decimal amount) => Display.Money(amount, proposal.Currency, proposal.Language);
        var categoryNames = context.Catalogue.Categories.ToDictionary(c => c.Code, c => c.TextsFor(proposal.Language).Name, StringComparer.Ordinal);
        var people = opportunity.Stakeholders.ToDictionary(s => s.Id);

        var orderedPains = opportunity.PainPoints.OrderBy(p => p.Priority).ThenBy(p => p.Id).ToList();
        var numberOf = orderedPains.Select((p, i) => (p.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var whyNot = proposal.PainNotes.ToDictionary(n => n.PainPointId, n => n.Text);
        var pains = orderedPains.Select(p => new DocumentPain(
            numberOf[p.Id], p.Title, p.Category, categoryNames.GetValueOrDefault(p.Category, p.Category), p.ClientWords, p.Severity,
            p.AnnualCost, p.AnnualCost is { } impact ? Money(impact) : "",
            p.RaisedById is { } by && people.TryGetValue(by, out var raiser) ? raiser.Name : "",
            StatusAcross(p.Id, options))
        {
            // Printed only while the pain point is left open: once an option answers it, the sentence no longer holds.
            NotAnsweredBecause = StatusAcross(p.Id, options) == "covered" ? "" : whyNot.GetValueOrDefault(p.Id, ""),
            ConfirmedBy = p.Baseline is { } baseline ? ConfirmedBy(baseline, labels) : "",
        }).ToList();

        var textData = new ProposalTextData(account.Name, account.Industry, account.Region, opportunity.Name, proposal.Currency);
        var solution = Solution(options, pains, textData, context.Catalogue, proposal.Language, labels);
        var painCosts = options.Select(o => (o.Evaluation.Value.AnnualPainCostAnswered.Amount, o.Evaluation.Totals.FirstYearCost(proposal.TermMonths).Amount)).ToList();
        var largest = painCosts.Select(c => Math.Max(c.Item1, c.Item2)).DefaultIfEmpty(0).Max();
        var documentOptions = options.Select(o => Option(o, proposal, largest, labels, numberOf)).ToList();

        var persons = opportunity.Stakeholders.OrderByDescending(s => s.Influence).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => new DocumentPerson(s.Name, s.Title, DiscoveryTerms.Code(s.Role), DiscoveryTerms.Code(s.Stance),
                s.CaresAbout.Where(numberOf.ContainsKey).Select(id => numberOf[id]).Order().ToList()))
            .ToList();
        var buyer = persons.FirstOrDefault(p => p.Role == DiscoveryTerms.Code(StakeholderRole.EconomicBuyer));
        var date = DateOnly.FromDateTime(source.At.UtcDateTime);
        var info = new DocumentInfo(proposal.Title, proposal.Language, ProposalDocument.FormatDate(date, labels),
            ProposalDocument.FormatDate(date.AddDays(ValidityDays), labels), source.Revision, source.PreparedBy,
            proposal.Currency, proposal.TermMonths, source.Draft)
        {
            PreparedByEmail = source.PreparedByEmail,
            PreparedByPhone = source.PreparedByPhone,
            CurrencyName = labels.GetValueOrDefault("currency_" + proposal.Currency, proposal.Currency),
        };
        var policy = context.Policy.Value;
        return ProposalDocument.Assemble(info, source.Brand.For(proposal.Language),
            new DocumentClient(account.Name, account.Industry, account.Region),
            new DocumentOpportunity(opportunity.Name, opportunity.ExpectedClose is { } close ? ProposalDocument.FormatDate(close, labels) : ""),
            buyer, persons, pains, documentOptions, solution, labels) with
        {
            Assumptions = Assumptions(options, pains, numberOf, proposal.Language, labels),
            Written = Writing(proposal, source.StandardTerms),
            Acceptance = new DocumentAcceptance(options.Select(o => o.Option.Name).ToList(), account.Name, source.Brand.For(proposal.Language).Name),
            ValueBasis = new DocumentValueBasis(Percent(policy.WeakImprovement.Value), Percent(policy.MediumImprovement.Value), Percent(policy.StrongImprovement.Value),
                Percent(policy.ConservativeShare.Value), Percent(policy.AmbitiousPercent), Percent(policy.FirstYearRampUp.Value)),
        };
    }

    /// <summary>
    /// Each pain point with what each option is assumed to remove of its cost, where each figure comes
    /// from (the cost: our estimate or confirmed by the client, with the person's name; each share: the
    /// catalogue's default for the strength, the item's own figure, or presales' estimate with its reason)
    /// and how far the row can be leaned on: the lowest confidence of its figures across the options.
    /// </summary>
    private static List<DocumentAssumption> Assumptions(IReadOnlyList<EvaluatedOption> options, IReadOnlyList<DocumentPain> pains,
        IReadOnlyDictionary<int, int> numberOf, string language, IReadOnlyDictionary<string, string> labels)
    {
        var byNumber = options.Select(o => o.Evaluation.Value.Pains.ToDictionary(p => numberOf[p.Pain.Id])).ToList();
        var names = options.SelectMany(o => o.Evaluation.Lines).GroupBy(l => l.Line.Id).ToDictionary(g => g.Key, g => g.First().Item.TextsFor(language).Name);
        string Label(string key, string fallback) => labels.GetValueOrDefault(key, fallback);
        return pains.Select(pain =>
        {
            var values = byNumber.Select(b => b.GetValueOrDefault(pain.Number)).ToList();
            var answered = values.OfType<PainValue>().Where(v => v.IsAnswered).ToList();
            var basis = new List<string>();
            if (pain.AnnualImpact.Length > 0)
            {
                basis.Add(pain.ConfirmedBy.Length > 0
                    ? Label("source_confirmed", "Cost confirmed by you: {person}").Replace("{person}", pain.ConfirmedBy, StringComparison.Ordinal)
                    : Label("source_estimate", "Cost: our estimate"));
            }
            if (answered.SelectMany(v => v.Assumptions).Any(a => a.Source == ImprovementSource.Strength))
            {
                basis.Add(Label("source_default", "Shares: catalogue defaults"));
            }
            basis.AddRange(answered.SelectMany(v => v.Assumptions)
                .Where(a => a.Source != ImprovementSource.Strength)
                .Select(a => (a.Source == ImprovementSource.Presales ? Label("basis_presales", "{item}: {percent}, {reason}") : Label("basis_catalogue", "{item}: {percent}"))
                    .Replace("{item}", names.GetValueOrDefault(a.LineId, a.ItemCode), StringComparison.Ordinal)
                    .Replace("{percent}", Share(a.Improvement), StringComparison.Ordinal)
                    .Replace("{reason}", a.Reason, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal));
            var confidence = answered.Count > 0 && pain.AnnualImpact.Length > 0
                ? Label("confidence_" + answered.Min(v => v.Confidence).ToString().ToLowerInvariant(), answered.Min(v => v.Confidence).ToString())
                : "";
            return new DocumentAssumption(pain.Number, pain.Title, pain.AnnualImpact,
                values.Select(v => v is { IsAnswered: true } ? Share(v.Improvement) : "—").ToList(), basis.Select(UnitWords.Tidy).ToList())
            {
                Confidence = confidence,
            };
        }).ToList();
    }

    /// <summary>Each section presales wrote, rendered to the document's safe subset; terms fall back to the admin's standard terms.</summary>
    private static DocumentWriting Writing(Proposal proposal, string standardTerms)
    {
        string Html(ProposalSectionKind kind) => SafeMarkdown.ToHtml(proposal.SectionText(kind));
        var terms = proposal.SectionText(ProposalSectionKind.Terms);
        return new DocumentWriting(Html(ProposalSectionKind.Introduction), Html(ProposalSectionKind.Understanding), Html(ProposalSectionKind.Approach),
            Html(ProposalSectionKind.References), Html(ProposalSectionKind.Closing), SafeMarkdown.ToHtml(terms.Length > 0 ? terms : standardTerms));
    }

    /// <summary>Who confirmed a cost and when, as the document words it ("Dana Smith, CFO, 3 December 2026").</summary>
    private static string ConfirmedBy(ConfirmedBaseline baseline, IReadOnlyDictionary<string, string> labels)
    {
        var person = baseline.Title.Length > 0
            ? labels.GetValueOrDefault("confirmed_person", "{name}, {title}").Replace("{name}", baseline.Name, StringComparison.Ordinal).Replace("{title}", baseline.Title, StringComparison.Ordinal)
            : baseline.Name;
        return labels.GetValueOrDefault("confirmed_by", "{person}, {date}")
            .Replace("{person}", person, StringComparison.Ordinal)
            .Replace("{date}", ProposalDocument.FormatDate(baseline.ConfirmedOn, labels), StringComparison.Ordinal);
    }

    /// <summary>A share from 0 to 1 as the document prints it: "74%", "12.5%".</summary>
    private static string Share(decimal fraction) => Percent(Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero));

    /// <summary>The items whose proposal text fails to render for this client: the builder shows them so presales can fix them before issuing.</summary>
    /// <remarks>One budget for the whole view: texts past it are listed as not checked, and are not remembered as failing.</remarks>
    public IReadOnlyList<ProposalTextFailure> TextFailures(IReadOnlyList<EvaluatedOption> options, ProposalTextData data, string language = CatalogueLanguages.Default)
    {
        var budget = texts.NewBudget();
        return options.SelectMany(o => o.Evaluation.Lines).Select(l => l.Item).DistinctBy(i => i.Code)
            .Select(i => (Item: i.TextsFor(language), i.Code, Errors: texts.Check(i.TextsFor(language).ProposalText, data, budget)))
            .Where(x => x.Errors.Count > 0)
            .Select(x => new ProposalTextFailure(x.Code, x.Item.Name, Describe(x.Errors)))
            .ToList();
    }

    private static string StatusAcross(int painId, IReadOnlyList<EvaluatedOption> options)
    {
        var best = options.SelectMany(o => o.Evaluation.Coverage).Where(c => c.Pain.Id == painId)
            .Select(c => c.Status).DefaultIfEmpty(CoverageStatus.Uncovered).Max();
        return best switch
        {
            CoverageStatus.Covered => "covered",
            CoverageStatus.Weak => "weak",
            _ => "uncovered",
        };
    }

    private List<DocumentSolutionGroup> Solution(IReadOnlyList<EvaluatedOption> options, IReadOnlyList<DocumentPain> pains, ProposalTextData textData,
        Catalogue.CatalogueSnapshot catalogue, string language, IReadOnlyDictionary<string, string> labels)
    {
        var items = options.SelectMany(o => o.Evaluation.Lines.Select(l => l.Item)).DistinctBy(i => i.Code).ToList();
        // One budget for all the document's texts: twenty slow texts cost the budget, not twenty times a text's limit.
        var budget = texts.NewBudget();
        var groups = new List<DocumentSolutionGroup>();
        var number = 0;
        foreach (var kind in _kindOrder)
        {
            var inKind = items.Where(i => i.Kind == kind).Select(item =>
            {
                var words = item.TextsFor(language);
                var (output, errors) = texts.Render(words.ProposalText, textData, budget);
                var answers = pains.Select(p => new DocumentAnswer(p.Number, p.Title, item.StrengthFor(p.Category))).Where(a => a.Strength > 0).ToList();
                var inOptions = options.Where(o => o.Evaluation.Lines.Any(l => l.Item.Code == item.Code)).Select(o => o.Option.Name).ToList();
                var notes = options.SelectMany(o => o.Evaluation.Lines).Where(l => l.Item.Code == item.Code && l.Line.Note.Length > 0)
                    .Select(l => l.Line.Note).Distinct(StringComparer.Ordinal).ToList();
                return new DocumentSolutionItem(++number, item.Code, words.Name, CatalogueTerms.Code(kind), Paragraphs(output ?? ""),
                    errors.Count > 0 ? Describe(errors, labels) : "", words.Differentiators, answers, inOptions)
                {
                    Notes = notes,
                    // Lines keep no summary of their own; the catalogue's current one describes an item in a line.
                    Summary = catalogue.ByCode.TryGetValue(item.Code, out var spec) ? spec.TextsFor(language).Summary : "",
                };
            }).ToList();
            if (inKind.Count > 0)
            {
                groups.Add(new DocumentSolutionGroup(CatalogueTerms.Code(kind), inKind));
            }
        }
        return groups;
    }

    private static DocumentOption Option(EvaluatedOption option, Proposal proposal, decimal largest, IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<int, int> numberOf)
    {
        var e = option.Evaluation;
        string Shown(Money amount) => Display.Money(amount.Amount, amount.Currency.Code, proposal.Language);
        var lines = e.Lines.OrderBy(l => Array.IndexOf(_kindOrder, l.Item.Kind)).Select(l => (Line: l, Words: l.Item.TextsFor(proposal.Language))).Select(l => new DocumentLine(
            l.Line.Item.Code, l.Words.Name, CatalogueTerms.Code(l.Line.Item.Kind), l.Line.Line.Quantity, l.Words.Unit, CatalogueTerms.Code(l.Line.Item.Model),
            Shown(l.Line.ListUnitPrice), l.Line.Line.DiscountPercent > Percentage.Zero ? l.Line.Line.DiscountPercent.ToString() : "", Shown(l.Line.NetUnitPrice),
            Shown(l.Line.NetTotal), Shown(l.Line.ContractValue)).Worded(labels)).ToList();
        var t = e.Totals;
        var totals = new DocumentTotals(Shown(t.OneTime), Shown(t.Monthly), Shown(t.Annual), Shown(t.ListContractValue), Shown(t.ContractValue),
            t.ContractValue.Amount, t.DiscountPercent, Percent(t.DiscountPercent));
        var firstYear = t.FirstYearCost(proposal.TermMonths);
        decimal Bar(Money amount) => largest > 0 ? Math.Round(amount.Amount / largest * 100m, 1) : 0;
        DocumentScenario Scenario(ValueScenario s)
        {
            var months = s.PaybackMonths is { } m ? m.ToString("0.#", CultureInfo.InvariantCulture) : "";
            return new(Shown(s.AnnualValue), s.AnnualValue.Amount, months, Shown(s.NetValueOverTerm), s.Roi is { } roi ? Share(roi) : "")
            {
                IsLoss = s.Roi is < 0,
                PaybackText = months.Length == 0 ? "" : labels.GetValueOrDefault(months == "1" ? "months_one" : "months", "{months} months").Replace("{months}", months, StringComparison.Ordinal),
            };
        }
        var conservative = e.Value.Conservative;
        var value = new DocumentValue(Shown(e.Value.AnnualPainCostAnswered), Shown(firstYear),
            e.Value.PaybackMonths is { } payback ? payback.ToString("0.#", CultureInfo.InvariantCulture) : "",
            Bar(e.Value.AnnualPainCostAnswered), Bar(firstYear))
        {
            Conservative = Scenario(conservative),
            Expected = Scenario(e.Value.Expected),
            Ambitious = Scenario(e.Value.Ambitious),
            Years = conservative.Years.Select(y => new DocumentValueYear(y.Year, Shown(y.Value), Shown(y.Cost), Shown(y.CumulativeValue - y.CumulativeCost),
                y.CumulativeValue > y.CumulativeCost)).ToList(),
            Pains = e.Value.Pains.Where(p => p.IsAnswered).Select(p => new DocumentPainValue(numberOf[p.Pain.Id], Share(p.Improvement),
                p.AnnualValue is { } v ? Shown(v) : "")).ToList(),
            NotQuantified = e.Value.NotQuantified.Select(p => numberOf[p.Pain.Id]).Order().ToList(),
        };
        return new DocumentOption(option.Option.Name, lines, totals, value, e.Lines.Any(l => l.Line.DiscountPercent > Percentage.Zero));
    }

    private static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    // A blank line separates paragraphs, as product managers write them in the catalogue.
    private static List<string> Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Describe(IReadOnlyList<Domain.Catalogue.TextSyntaxError> errors, IReadOnlyDictionary<string, string>? labels = null) =>
        string.Join("; ", errors.Select(e => (labels?.GetValueOrDefault("text_error_at") ?? "line {line}, column {column}: {message}")
            .Replace("{line}", e.Line.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{column}", e.Column.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{message}", e.Message, StringComparison.Ordinal)));
}
