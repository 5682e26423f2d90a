using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;

namespace Configurator.Domain.Proposals;

/// <summary>What presales change in a proposal: its options, their lines, the estimates on them and the "why not" of open pain points. Every change names the version and moves it.</summary>
public sealed partial class Proposal
{
    /// <summary>
    /// Says in the proposal why a pain point is not answered; the document prints it under the challenge and
    /// the engine no longer warns about it. An empty text takes the sentence away.
    /// </summary>
    public IReadOnlyList<ProposalIssue> ExplainPain(int painPointId, string? text, string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        var trimmed = text?.Trim() ?? "";
        if (NoteProblem(trimmed, "text") is { } problem)
        {
            return [problem];
        }
        var existing = _painNotes.FirstOrDefault(n => n.PainPointId == painPointId);
        if ((existing?.Text ?? "") == trimmed)
        {
            return [];
        }
        Edited(actorId, at);
        if (trimmed.Length == 0)
        {
            _painNotes.Remove(existing!);
        }
        else if (existing is null)
        {
            _painNotes.Add(ProposalPainNote.Create(painPointId, trimmed));
        }
        else
        {
            existing.Change(trimmed);
        }
        return [];
    }

    /// <summary>A new option, empty or with <paramref name="lines"/> (a copy of another option's, or a recommendation's).</summary>
    public (ProposalOption? Option, IReadOnlyList<ProposalIssue> Issues) AddOption(string? name, string explanation, IEnumerable<ConfigurationLine> lines, string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return (null, refused);
        }
        if (_options.Count >= ProposalTerms.MaxOptions)
        {
            return (null, [new(ProposalIssueCodes.TooManyOptions, $"A proposal keeps at most {ProposalTerms.MaxOptions} options; delete one before adding another.", "name")]);
        }
        var trimmed = name?.Trim() ?? "";
        if (OptionNameProblem(trimmed, except: null) is { } problem)
        {
            return (null, [problem]);
        }
        var given = lines.ToList();
        if (given.Count > ProposalTerms.MaxLinesPerOption)
        {
            return (null, [new(ProposalIssueCodes.TooManyLines, $"An option keeps at most {ProposalTerms.MaxLinesPerOption} lines; this one would have {given.Count}.", "lines")]);
        }
        Edited(actorId, at);
        var option = ProposalOption.Create(trimmed, explanation, _options.Count == 0 ? 1 : _options.Max(o => o.Position) + 1, given);
        _options.Add(option);
        return (option, []);
    }

    public IReadOnlyList<ProposalIssue> RenameOption(ProposalOption option, string? name, string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        var trimmed = name?.Trim() ?? "";
        if (OptionNameProblem(trimmed, except: Own(option)) is { } problem)
        {
            return [problem];
        }
        Edited(actorId, at);
        option.Rename(trimmed);
        return [];
    }

    public IReadOnlyList<ProposalIssue> RemoveOption(ProposalOption option, string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        if (_options.Count == 1)
        {
            return [new(ProposalIssueCodes.LastOption, "A proposal keeps at least one option; add another before deleting this one.")];
        }
        Edited(actorId, at);
        _options.Remove(Own(option));
        return [];
    }

    /// <summary>Moves an option left (negative) or right (positive) among the tabs.</summary>
    public IReadOnlyList<ProposalIssue> MoveOption(ProposalOption option, int offset, string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        Edited(actorId, at);
        var ordered = OptionsInOrder.ToList();
        var from = ordered.IndexOf(Own(option));
        ordered.RemoveAt(from);
        ordered.Insert(Math.Clamp(from + Math.Sign(offset), 0, ordered.Count), option);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
        return [];
    }

    /// <summary>
    /// Adds an item from the catalogue to an option, with everything it requires that the option lacks
    /// (at their default quantity, no discount). Refused, with nothing added, when the item cannot be
    /// proposed, is already in the option, the quantity or discount is out of bounds, or the rules clash.
    /// </summary>
    public IReadOnlyList<ProposalIssue> AddItem(ProposalOption option, string? code, int? quantity, decimal? discountPercent,
        IReadOnlyDictionary<string, OfferItemSpec> catalogue, IReadOnlyList<ClientPain> pains, string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        var trimmed = code?.Trim() ?? "";
        if (!catalogue.TryGetValue(trimmed, out var spec))
        {
            var named = trimmed.Length > CatalogueLimits.CodeMaxLength ? trimmed[..CatalogueLimits.CodeMaxLength] + "…" : trimmed;
            return [new(ProposalIssueCodes.ItemUnknown, trimmed.Length == 0 ? "Name the item to add by its code." : $"There is no item '{named}' in the catalogue.", "itemCode")];
        }
        if (LineRules.ItemProblem(spec.Code, spec.Name, spec, Currency) is { } problem)
        {
            return [new(problem.Code, problem.Message, "itemCode")];
        }
        var item = ItemSnapshot.Of(spec, Currency)!;
        if (Own(option).Lines.Any(l => l.Item.Code == spec.Code))
        {
            return [new(ProposalIssueCodes.ItemAlreadyInOption, $"{spec.Name} ({spec.Code}) is already in {option.Name}; change its quantity instead.", "itemCode")];
        }
        var units = quantity ?? item.Quantity.Default;
        var issues = LineProblems(item, units, discountPercent ?? 0m, out var discount);
        if (issues.Count > 0)
        {
            return issues;
        }
        var inPlay = ItemsInPlay.Of(option.Lines.Select(l => (l.Item.Code, l.Item.Excludes)));
        var addition = CatalogueRules.Adding(spec.Code, catalogue, inPlay, s => CatalogueRules.Unavailable(s, Currency));
        if (addition.Clash is { } clash)
        {
            var remedy = clash.InPlay is { } other ? $"remove {other} first or choose another item" : "choose another item";
            return [new(ProposalIssueCodes.RuleClash, $"{spec.Name} ({spec.Code}) cannot be added: {clash.Message}; {remedy}.", "itemCode")];
        }
        if (option.Lines.Count + addition.BringsIn.Count > ProposalTerms.MaxLinesPerOption)
        {
            return [new(ProposalIssueCodes.TooManyLines, $"An option keeps at most {ProposalTerms.MaxLinesPerOption} lines; remove one before adding another.", "itemCode")];
        }
        Edited(actorId, at);
        foreach (var member in addition.BringsIn)
        {
            var snapshot = ItemSnapshot.Of(catalogue[member], Currency)!;
            if (member == spec.Code)
            {
                option.Add(snapshot, units, discount, LineReason.AddedByPresales(snapshot, pains));
            }
            else
            {
                option.Add(snapshot, snapshot.Quantity.Default, Percentage.Zero, LineReason.RequiredBy(spec.Code, spec.Name));
            }
        }
        return [];
    }

    /// <summary>
    /// Changes a line's quantity, discount and note (why it is there, printed under the item in the document);
    /// a value left out stays as it is, and a change that changes nothing is not an edit.
    /// </summary>
    public IReadOnlyList<ProposalIssue> ChangeLine(ProposalOption option, ProposalLine line, int? quantity, decimal? discountPercent, string actorId, DateTimeOffset at,
        string? note = null)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        if (!Own(option).Lines.Contains(line))
        {
            throw new ArgumentException("The line belongs to another option.", nameof(line));
        }
        var units = quantity ?? line.Quantity;
        var text = note?.Trim() ?? line.Note;
        var issues = LineProblems(line.Item, units, discountPercent ?? line.DiscountPercent.Value, out var discount);
        if (NoteProblem(text, "note") is { } noteProblem)
        {
            issues.Add(noteProblem);
        }
        if (issues.Count > 0)
        {
            return issues;
        }
        if (units == line.Quantity && discount == line.DiscountPercent && text == line.Note)
        {
            return [];
        }
        Edited(actorId, at);
        line.Change(units, discount);
        line.Annotate(text);
        return [];
    }

    /// <summary>
    /// Presales' estimate of the share of a pain category's cost this line removes on this deal, with the
    /// reason the document and the approver see; no percent takes the estimate back to the catalogue's.
    /// </summary>
    public IReadOnlyList<ProposalIssue> EstimateImprovement(ProposalOption option, ProposalLine line, string? category, decimal? percent, string? reason,
        string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        if (!Own(option).Lines.Contains(line))
        {
            throw new ArgumentException("The line belongs to another option.", nameof(line));
        }
        var code = category?.Trim() ?? "";
        var answered = line.Item.Addresses.Where(a => a.Strength > 0).Select(a => a.Category).ToList();
        if (!answered.Contains(code, StringComparer.Ordinal))
        {
            return [new(ProposalIssueCodes.CategoryNotAnswered, answered.Count == 0
                ? $"{line.Item.Name} answers no pain category, so it removes nothing to estimate."
                : $"{line.Item.Name} does not answer '{code}'; estimate one of the categories it answers: {string.Join(", ", answered)}.", "category")];
        }
        var text = reason?.Trim() ?? "";
        var issues = new List<ProposalIssue>();
        if (percent is { } given && !Percentage.IsValid(given))
        {
            issues.Add(new(ProposalIssueCodes.ImprovementInvalid, "Give the share of the pain's cost this line removes, from 0 to 100 percent.", "percent"));
        }
        if (percent is not null && text.Length == 0)
        {
            issues.Add(new(ProposalIssueCodes.ImprovementReasonNeeded, "Say why you expect this, e.g. what the client measured or what a similar client achieved; the buyer reads it next to the figure.", "reason"));
        }
        if (NoteProblem(text, "reason") is { } tooLong)
        {
            issues.Add(tooLong);
        }
        if (issues.Count > 0)
        {
            return issues;
        }
        var current = line.Improvements.FirstOrDefault(i => i.Category == code);
        if (percent is null ? current is null : current is not null && current.Percent == percent && current.Reason == text)
        {
            return [];
        }
        Edited(actorId, at);
        line.Estimate(code, percent, text);
        return [];
    }

    public IReadOnlyList<ProposalIssue> RemoveLine(ProposalOption option, ProposalLine line, string actorId, DateTimeOffset at)
    {
        if (EditRefused() is { } refused)
        {
            return refused;
        }
        Edited(actorId, at);
        Own(option).Remove(line);
        return [];
    }
}
