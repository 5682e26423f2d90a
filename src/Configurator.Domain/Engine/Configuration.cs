using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>
/// One line of a configuration: an item snapshot, how many, at what discount. <see cref="Id"/> is the
/// line's identity within its proposal (0 for a line not yet saved); <see cref="Reason"/> says why the
/// recommendation chose it.
/// </summary>
public sealed record ConfigurationLine(int Id, ItemSnapshot Item, int Quantity, Percentage DiscountPercent, string Reason = "")
{
    /// <summary>Why presales keep the line, in their words: a line with a note answers for itself even when it answers no pain point.</summary>
    public string Note { get; init; } = "";

    /// <summary>What presales expect this line to remove of a pain category's cost on this deal, with their reason; it overrides the catalogue.</summary>
    public IReadOnlyList<LineImprovement> Improvements { get; init; } = [];
}

/// <summary>Presales' estimate of the share of a pain category's cost one line removes, and why.</summary>
public sealed record LineImprovement(string Category, decimal Percent, string Reason);

/// <summary>A set of lines in one known currency over a contract term: what an option of a proposal holds.</summary>
public sealed record Configuration(CurrencyCode Currency, int TermMonths, IReadOnlyList<ConfigurationLine> Lines)
{
    /// <summary>The pain points the proposal says in writing why it does not answer: leaving them open is a decision, not an oversight.</summary>
    public IReadOnlySet<int> ExplainedPains { get; init; } = new HashSet<int>();
}
