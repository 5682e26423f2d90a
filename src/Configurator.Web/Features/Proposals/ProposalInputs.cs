using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

// What callers send to change proposals; every value may be missing or wrong. The proposal says what
// to fix, by the field of each value.

public sealed record CreateProposalInput(string? Title, string? Language, int? TermMonths, bool? Recommend, bool? Options);

public sealed record AddLineInput(string? ItemCode, int? Quantity, decimal? DiscountPercent, int? Version);

/// <summary>Presales' share of a pain category's cost one line removes (0–100) and why; no percent takes the estimate back.</summary>
public sealed record ImprovementInput(decimal? Percent, string? Reason, int? Version);

public sealed record ChangeLineInput(int? Quantity, decimal? DiscountPercent, int? Version)
{
    /// <summary>Why the line is there; left out, the note stays as it is; empty, it is taken away.</summary>
    public string? Note { get; init; }
}

public sealed record PainNoteInput(string? Text, int? Version);

public sealed record AddOptionInput(string? Name, int? CopyFrom, int? Version);

public sealed record WorkflowInput(string? Comment, int? Version)
{
    /// <summary>For submit: the option the approver weighs (the first when left out).</summary>
    public int? OptionId { get; init; }
}

public sealed record ChangeOptionInput(string? Name, int? Move, int? Version);

/// <summary>What to do with an option: rename it, move it one place, or delete it.</summary>
public sealed record OptionChange(string? Name, int? Move, bool Delete);

/// <summary>A proposal with the engine's word on each option, and the context it was evaluated in.</summary>
public sealed record ProposalRead(Proposal Proposal, IReadOnlyList<EvaluatedOption> Options, ProposalContext Context);

/// <summary>A section's Markdown; empty takes the section away.</summary>
public sealed record SectionInput(string? Text, int? Version);
