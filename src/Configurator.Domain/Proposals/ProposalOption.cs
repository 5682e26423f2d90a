using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Proposals;

/// <summary>One configuration of a proposal (e.g. Essential / Advantage / Premium).</summary>
public sealed class ProposalOption
{
    private readonly List<ProposalLine> _lines = [];

    private ProposalOption()
    {
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public string Name { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public int Position { get; private set; }

    public IReadOnlyList<ProposalLine> Lines => _lines;

    internal static ProposalOption Create(string name, string explanation, int position, IEnumerable<ConfigurationLine> lines)
    {
        var option = new ProposalOption { Name = name, Explanation = explanation, Position = position };
        foreach (var line in lines)
        {
            var added = option.Add(line.Item, line.Quantity, line.DiscountPercent, line.Reason);
            foreach (var estimate in line.Improvements)
            {
                added.Estimate(estimate.Category, estimate.Percent, estimate.Reason);
            }
        }
        return option;
    }

    internal ProposalLine Add(ItemSnapshot item, int quantity, Percentage discountPercent, string reason)
    {
        var line = ProposalLine.Create(item, quantity, discountPercent, reason, _lines.Count == 0 ? 1 : _lines.Max(l => l.Position) + 1);
        _lines.Add(line);
        return line;
    }

    internal void Remove(ProposalLine line) => _lines.Remove(line);

    internal void Rename(string name) => Name = name;

    internal void MoveTo(int position) => Position = position;

    public Configuration ToConfiguration(CurrencyCode currency, int termMonths) =>
        new(currency, termMonths, _lines.OrderBy(l => l.Position).ThenBy(l => l.Id).Select(l => l.ToConfigurationLine()).ToList());
}
