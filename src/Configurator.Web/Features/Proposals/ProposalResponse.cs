using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

// A proposal as the API answers it: the contract's shape, with every figure from the engine.

public sealed record ProposalResponse(
    int Id,
    int OpportunityId,
    string Title,
    string Status,
    string Currency,
    int TermMonths,
    string Language,
    int Version,
    IReadOnlyList<OptionResponse> Options,
    ApprovalResponse Approval,
    IReadOnlyList<HistoryResponse> History,
    IReadOnlyList<PainNoteResponse> PainNotes,
    int? SubmittedOptionId,
    int? SentRevision)
{
    /// <summary>The user id of whoever last changed the content; they may not approve it (four eyes), nor may the submitter.</summary>
    public string LastChangedBy { get; init; } = "";

    /// <summary>The sections presales wrote, in Markdown, by code (introduction, understanding, approach, references, closing, terms); absent when not written.</summary>
    public IReadOnlyDictionary<string, string> Sections { get; init; } = new Dictionary<string, string>();

    public static ProposalResponse From(Proposal proposal, IReadOnlyList<EvaluatedOption> options, bool canSeeCosts)
    {
        var approval = EvaluatedOption.ApprovalOf(options);
        var sections = ProposalSectionKind.All.Where(k => proposal.SectionText(k).Length > 0).ToDictionary(k => k.Code, proposal.SectionText, StringComparer.Ordinal);
        return new ProposalResponse(proposal.Id, proposal.OpportunityId, proposal.Title, ProposalTerms.Code(proposal.Status), proposal.Currency.Code,
            proposal.TermMonths, proposal.Language, proposal.Version,
            options.Select((o, i) => OptionResponse.From(o, canSeeCosts) with { Recommended = i == RecommendedOption.IndexOf(options.Count) }).ToList(),
            new ApprovalResponse(approval.Required, approval.Reasons),
            proposal.History.OrderBy(h => h.Id).Select(h => new HistoryResponse(h.At, h.ActorId, h.Action, ProposalTerms.Code(h.From), ProposalTerms.Code(h.To), h.Comment)).ToList(),
            proposal.PainNotes.OrderBy(n => n.PainPointId).Select(n => new PainNoteResponse(n.PainPointId, n.Text)).ToList(),
            proposal.SubmittedOptionId, proposal.SentRevision)
        {
            LastChangedBy = proposal.LastChangedBy,
            Sections = sections,
        };
    }
}

public sealed record OptionResponse(
    int Id,
    string Name,
    string Explanation,
    IReadOnlyList<LineResponse> Lines,
    TotalsResponse Totals,
    MarginResponse? Margin,
    IReadOnlyList<CoverageResponse> Coverage,
    DifferentiationResponse Differentiation,
    ValueResponse Value,
    IReadOnlyList<IssueResponse> Issues)
{
    /// <summary>Whether the document leads with this option (see <see cref="RecommendedOption"/>); the insights judge a deal by it.</summary>
    public bool Recommended { get; init; }

    public static OptionResponse From(EvaluatedOption option, bool canSeeCosts)
    {
        var e = option.Evaluation;
        var answers = e.Answers.ToDictionary(a => a.LineId, a => a.PainPointIds);
        return new OptionResponse(option.Option.Id, option.Option.Name, option.Option.Explanation,
            e.Lines.Select(l => new LineResponse(l.Line.Id, l.Item.Code, CatalogueTerms.Code(l.Item.Kind), l.Item.Name, CatalogueTerms.Code(l.Item.Model), l.Item.Unit,
                l.Line.Quantity, l.ListUnitPrice.Amount, l.Line.DiscountPercent.Value, l.NetUnitPrice.Amount, l.NetTotal.Amount, l.ContractValue.Amount, l.Item.MaxDiscountPercent.Value,
                answers.GetValueOrDefault(l.Line.Id) ?? [], l.Line.Reason, l.Line.Note,
                l.Line.Improvements.Select(i => new LineImprovementResponse(i.Category, i.Percent, i.Reason)).ToList())).ToList(),
            new TotalsResponse(e.Totals.OneTime.Amount, e.Totals.Monthly.Amount, e.Totals.Annual.Amount, e.Totals.ListContractValue.Amount, e.Totals.ContractValue.Amount,
                e.Totals.DiscountPercent),
            canSeeCosts && e.Margin is { } m ? new MarginResponse(m.Revenue.Amount, m.Cost.Amount, m.Amount.Amount, m.Percent, m.LinesWithoutCost) : null,
            e.Coverage.Select(c => new CoverageResponse(c.Pain.Id, c.Strength, ProposalTerms.Code(c.Status), c.LineIds)).ToList(),
            new DifferentiationResponse(e.Differentiation.Share, ProposalTerms.Code(e.Differentiation.Risk), e.Differentiation.AnsweredOnlyByDifferentiators),
            ValueResponse.From(e.Value),
            e.Issues.Select(i => new IssueResponse(ProposalTerms.Code(i.Severity), i.Code, i.Message, i.LineId, i.PainPointId, i.ItemCode)).ToList());
    }
}

public sealed record LineResponse(int Id, string ItemCode, string Kind, string Name, string Model, string Unit, int Quantity, decimal ListPrice,
    decimal DiscountPercent, decimal NetUnitPrice, decimal NetTotal, decimal ContractValue, decimal MaxDiscountPercent, IReadOnlyList<int> Answers, string Reason, string Note,
    IReadOnlyList<LineImprovementResponse> Improvements);

public sealed record LineImprovementResponse(string Category, decimal Percent, string Reason);

public sealed record TotalsResponse(decimal OneTime, decimal Monthly, decimal Annual, decimal ListContractValue, decimal ContractValue, decimal DiscountPercent);

public sealed record MarginResponse(decimal Revenue, decimal Cost, decimal Amount, decimal Percent, int LinesWithoutCost);

public sealed record CoverageResponse(int PainPointId, int Strength, string Status, IReadOnlyList<int> LineIds);

public sealed record DifferentiationResponse(decimal Share, string Risk, IReadOnlyList<int> AnsweredOnlyByDifferentiators);

/// <summary>The option's value case; the top-level figures are the expected scenario's.</summary>
public sealed record ValueResponse(
    decimal AnnualPainCostAnswered,
    decimal? PaybackMonths,
    decimal AnnualValue,
    decimal FirstYearInvestment,
    IReadOnlyDictionary<string, decimal> ImprovementByPain,
    decimal ValueOverTerm,
    decimal NetValueOverTerm,
    decimal? Roi,
    IReadOnlyList<ValueYearResponse> Years,
    IReadOnlyList<ValueScenarioResponse> Scenarios,
    IReadOnlyList<int> NotQuantified,
    IReadOnlyList<ImprovementAssumptionResponse> Assumptions)
{
    public static ValueResponse From(ValueCase value)
    {
        var expected = value.Expected;
        return new(value.AnnualPainCostAnswered.Amount, expected.PaybackMonths, expected.AnnualValue.Amount, value.FirstYearInvestment.Amount,
            value.Pains.ToDictionary(p => p.Pain.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Improvement),
            expected.ValueOverTerm.Amount, expected.NetValueOverTerm.Amount, expected.Roi, YearsOf(expected),
            value.Scenarios.Select(s => new ValueScenarioResponse(ProposalTerms.Code(s.Kind), s.Factor, s.AnnualValue.Amount, s.PaybackMonths,
                s.ValueOverTerm.Amount, s.NetValueOverTerm.Amount, s.Roi, YearsOf(s))).ToList(),
            value.NotQuantified.Select(p => p.Pain.Id).ToList(),
            value.Pains.SelectMany(p => p.Assumptions.Select(a => new ImprovementAssumptionResponse(p.Pain.Id, a.LineId, a.ItemCode, a.Improvement,
                ProposalTerms.Code(a.Source), a.Reason))).ToList());
    }

    private static List<ValueYearResponse> YearsOf(ValueScenario scenario) =>
        scenario.Years.Select(y => new ValueYearResponse(y.Year, y.Months, y.Value.Amount, y.Cost.Amount, y.CumulativeValue.Amount, y.CumulativeCost.Amount)).ToList();
}

public sealed record ValueYearResponse(int Year, int Months, decimal Value, decimal Cost, decimal CumulativeValue, decimal CumulativeCost);

public sealed record ValueScenarioResponse(string Name, decimal Factor, decimal AnnualValue, decimal? PaybackMonths, decimal ValueOverTerm, decimal NetValueOverTerm, decimal? Roi,
    IReadOnlyList<ValueYearResponse> Years);

/// <summary>One line's expected improvement on one pain point (0–1), and who said so: <c>strength</c> (the default), <c>catalogue</c> or <c>presales</c> (with the reason).</summary>
public sealed record ImprovementAssumptionResponse(int PainPointId, int LineId, string ItemCode, decimal Improvement, string Source, string Reason);

public sealed record IssueResponse(string Severity, string Code, string Message, int? LineId, int? PainPointId, string? ItemCode);

public sealed record ApprovalResponse(bool Required, IReadOnlyList<string> Reasons);

public sealed record HistoryResponse(DateTimeOffset At, string ActorId, string Action, string From, string To, string Comment);
