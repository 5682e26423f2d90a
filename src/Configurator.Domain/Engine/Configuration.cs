using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Engine;

/// <summary>
/// One line of a configuration: an item snapshot, how many, at what discount. <see cref="Id"/> is the
/// line's identity within its proposal (0 for a line not yet saved); <see cref="Reason"/> says why the
/// recommendation chose it.
/// </summary>
public sealed record ConfigurationLine(int Id, ItemSnapshot Item, int Quantity, Percentage DiscountPercent, string Reason = "");

/// <summary>A set of lines in one known currency over a contract term: what an option of a proposal holds.</summary>
public sealed record Configuration(CurrencyCode Currency, int TermMonths, IReadOnlyList<ConfigurationLine> Lines);
