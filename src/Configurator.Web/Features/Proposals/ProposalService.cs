using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// Every change to a proposal, for the builder pages and the API alike: checks the input and the
/// version, applies the change through the domain, saves, and says what went wrong otherwise.
/// Nothing is half-applied: a refused write changes nothing.
/// </summary>
public sealed class ProposalService(ConfiguratorDbContext db, ProposalEngine engine, TimeProvider clock)
{
    public const int MaxTermMonths = 120;

    public Task<Proposal?> LoadAsync(int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = db.Proposals.Include(p => p.Options).ThenInclude(o => o.Lines).Include(p => p.History).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    public async Task<(Proposal Proposal, IReadOnlyList<EvaluatedOption> Options, ProposalContext Context)?> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var proposal = await LoadAsync(id, cancellationToken);
        if (proposal is null)
        {
            return null;
        }
        var context = await engine.ContextAsync(db, proposal.OpportunityId, proposal.Currency, cancellationToken);
        return (proposal, engine.Evaluate(proposal, context), context);
    }

    public async Task<WriteResult> CreateAsync(int opportunityId, CreateProposalInput input, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().FirstOrDefaultAsync(o => o.Id == opportunityId, cancellationToken);
        if (opportunity is null)
        {
            return WriteResult.NotFound($"There is no opportunity with the id {opportunityId}.");
        }
        var errors = new List<(string, string)>();
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(("title", "Give the proposal a title, e.g. the client's goal in a few words."));
        }
        else if (title.Length > ProposalTerms.TitleMaxLength)
        {
            errors.Add(("title", $"At most {ProposalTerms.TitleMaxLength} characters; this has {title.Length}."));
        }
        var language = input.Language ?? "en";
        if (!ProposalTerms.Languages.Contains(language))
        {
            errors.Add(("language", $"Language '{input.Language}' is not offered; use one of {string.Join(", ", ProposalTerms.Languages)}."));
        }
        var term = input.TermMonths ?? 36;
        if (term is < 1 or > MaxTermMonths)
        {
            errors.Add(("termMonths", $"The contract term is a whole number of months from 1 to {MaxTermMonths}."));
        }
        if (errors.Count > 0)
        {
            return WriteResult.Invalid([.. errors]);
        }
        var now = clock.GetUtcNow();
        var proposal = Proposal.Create(opportunityId, title, language, opportunity.Currency, term, actorId, now);
        var context = await engine.ContextAsync(db, opportunityId, opportunity.Currency, cancellationToken);
        if (input.Options == true)
        {
            foreach (var option in SolutionOptions.Build(context.Pains, context.Eligible, term, engine.Policy))
            {
                proposal.AddOption(option.Name, option.Explanation, option.Configuration.Lines, actorId, now);
            }
        }
        else if (input.Recommend == true)
        {
            var recommendation = Recommender.Recommend(context.Pains, context.Eligible, term);
            proposal.AddOption("Recommended", "The recommended solution: a standard base, innovations where the base leaves pain open or weak, and a service package.",
                recommendation.Configuration.Lines, actorId, now);
        }
        if (proposal.Options.Count == 0)
        {
            proposal.AddOption("Main", "", [], actorId, now);
        }
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Done(proposal.Id);
    }

    public Task<WriteResult> AddLineAsync(int id, int optionId, AddLineInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, async (proposal, context) =>
        {
            if (proposal.Options.FirstOrDefault(o => o.Id == optionId) is not { } option)
            {
                return WriteResult.NotFound($"The proposal has no option with the id {optionId}.");
            }
            var code = input.ItemCode?.Trim() ?? "";
            if (!context.Catalogue.ByCode.TryGetValue(code, out var spec))
            {
                return WriteResult.Invalid(("itemCode", code.Length == 0 ? "Name the item to add by its code." : $"There is no item '{code}' in the catalogue."));
            }
            if (Unavailable(spec, proposal.Currency) is { } unavailable)
            {
                return WriteResult.Invalid(("itemCode", unavailable));
            }
            var item = ItemSnapshot.Of(spec, proposal.Currency)!;
            if (option.Lines.Any(l => l.Item.Code == code))
            {
                return WriteResult.Invalid(("itemCode", $"{spec.Name} ({code}) is already in {option.Name}; change its quantity instead."));
            }
            var quantity = input.Quantity ?? item.Quantity.Default;
            var discount = input.DiscountPercent ?? 0m;
            var errors = LineErrors(item, quantity, discount);
            if (errors.Length > 0)
            {
                return WriteResult.Invalid(errors);
            }
            // The item comes with everything it requires, unless that breaks a rule: then nothing is added.
            var present = option.Lines.Select(l => l.Item.Code).ToHashSet(StringComparer.Ordinal);
            var closure = CatalogueRules.RequiredClosure(code, context.Catalogue.ByCode).Where(c => !present.Contains(c)).Order(StringComparer.Ordinal).ToList();
            var adding = new List<OfferItemSpec>();
            foreach (var member in closure)
            {
                var memberSpec = context.Catalogue.ByCode[member];
                if (member != code && Unavailable(memberSpec, proposal.Currency) is { } why)
                {
                    return WriteResult.Invalid(("itemCode", $"{spec.Name} ({code}) requires {member}, which cannot be added: {why}"));
                }
                adding.Add(memberSpec);
            }
            if (spec.Requires.FirstOrDefault(r => !context.Catalogue.ByCode.ContainsKey(r)) is { } ghost)
            {
                return WriteResult.Invalid(("itemCode", $"{spec.Name} ({code}) requires {ghost}, which is not in the catalogue."));
            }
            var codes = present.Concat(adding.Select(a => a.Code)).ToHashSet(StringComparer.Ordinal);
            foreach (var candidate in adding)
            {
                var clash = candidate.Excludes.FirstOrDefault(codes.Contains)
                    ?? option.Lines.Select(l => l.Item).Concat(adding.Select(a => ItemSnapshot.Of(a, proposal.Currency)!))
                        .FirstOrDefault(other => other.Excludes.Contains(candidate.Code))?.Code;
                if (clash is not null)
                {
                    return WriteResult.Invalid(("itemCode", $"{candidate.Name} ({candidate.Code}) and {clash} exclude each other; remove {clash} first or choose another item."));
                }
            }
            var now = clock.GetUtcNow();
            foreach (var member in adding)
            {
                var snapshot = ItemSnapshot.Of(member, proposal.Currency)!;
                var reason = member.Code == code ? AddedReason(snapshot, context.Pains) : $"Required by {code} ({spec.Name}).";
                proposal.AddLine(option, snapshot, member.Code == code ? quantity : snapshot.Quantity.Default, member.Code == code ? discount : 0m, reason, actorId, now);
            }
            return WriteResult.Done();
        });

    public Task<WriteResult> ChangeLineAsync(int id, int optionId, int lineId, ChangeLineInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, (proposal, _) =>
        {
            if (proposal.Options.FirstOrDefault(o => o.Id == optionId) is not { } option || option.Lines.FirstOrDefault(l => l.Id == lineId) is not { } line)
            {
                return Task.FromResult(WriteResult.NotFound($"The option {optionId} has no line with the id {lineId}."));
            }
            var quantity = input.Quantity ?? line.Quantity;
            var discount = input.DiscountPercent ?? line.DiscountPercent;
            var errors = LineErrors(line.Item, quantity, discount);
            if (errors.Length > 0)
            {
                return Task.FromResult(WriteResult.Invalid(errors));
            }
            proposal.ChangeLine(option, line, quantity, discount, actorId, clock.GetUtcNow());
            return Task.FromResult(WriteResult.Done());
        });

    public Task<WriteResult> RemoveLineAsync(int id, int optionId, int lineId, int? version, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, version, cancellationToken, (proposal, _) =>
        {
            if (proposal.Options.FirstOrDefault(o => o.Id == optionId) is not { } option || option.Lines.FirstOrDefault(l => l.Id == lineId) is not { } line)
            {
                return Task.FromResult(WriteResult.NotFound($"The option {optionId} has no line with the id {lineId}."));
            }
            proposal.RemoveLine(option, line, actorId, clock.GetUtcNow());
            db.Remove(line);
            return Task.FromResult(WriteResult.Done());
        });

    public Task<WriteResult> AddOptionAsync(int id, AddOptionInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, (proposal, _) =>
        {
            var name = input.Name?.Trim() ?? "";
            if (name.Length == 0 || name.Length > ProposalTerms.OptionNameMaxLength)
            {
                return Task.FromResult(WriteResult.Invalid(("name", $"Give the option a name of 1 to {ProposalTerms.OptionNameMaxLength} characters, e.g. Essential.")));
            }
            if (proposal.Options.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                return Task.FromResult(WriteResult.Invalid(("name", $"The proposal already has an option called {name}.")));
            }
            IEnumerable<ConfigurationLine> lines = [];
            if (input.CopyFrom is { } copyFrom)
            {
                if (proposal.Options.FirstOrDefault(o => o.Id == copyFrom) is not { } source)
                {
                    return Task.FromResult(WriteResult.Invalid(("copyFrom", $"The proposal has no option with the id {copyFrom} to copy.")));
                }
                lines = source.ToConfiguration(proposal.Currency, proposal.TermMonths).Lines;
            }
            proposal.AddOption(name, "", lines, actorId, clock.GetUtcNow());
            return Task.FromResult(WriteResult.Done());
        });

    /// <summary>Renames, moves (offset −1 / +1) or deletes an option; the last option cannot be deleted.</summary>
    public Task<WriteResult> ChangeOptionAsync(int id, int optionId, string? name, int? move, bool delete, int? version, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, version, cancellationToken, (proposal, _) =>
        {
            if (proposal.Options.FirstOrDefault(o => o.Id == optionId) is not { } option)
            {
                return Task.FromResult(WriteResult.NotFound($"The proposal has no option with the id {optionId}."));
            }
            var now = clock.GetUtcNow();
            if (delete)
            {
                if (proposal.Options.Count == 1)
                {
                    return Task.FromResult(WriteResult.Conflict("A proposal keeps at least one option; add another before deleting this one."));
                }
                proposal.RemoveOption(option, actorId, now);
                db.Remove(option);
                return Task.FromResult(WriteResult.Done());
            }
            if (name is not null)
            {
                var trimmed = name.Trim();
                if (trimmed.Length == 0 || trimmed.Length > ProposalTerms.OptionNameMaxLength)
                {
                    return Task.FromResult(WriteResult.Invalid(("name", $"Give the option a name of 1 to {ProposalTerms.OptionNameMaxLength} characters, e.g. Essential.")));
                }
                if (proposal.Options.Any(o => o != option && string.Equals(o.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
                {
                    return Task.FromResult(WriteResult.Invalid(("name", $"The proposal already has an option called {trimmed}.")));
                }
                proposal.RenameOption(option, trimmed, actorId, now);
            }
            if (move is { } offset and not 0)
            {
                proposal.MoveOption(option, Math.Sign(offset), actorId, now);
            }
            return Task.FromResult(WriteResult.Done());
        });

    /// <summary>A workflow step; refusals for the state the proposal is in are 409 with the reason.</summary>
    public async Task<WriteResult> ActAsync(int id, ProposalAction action, WorkflowInput input, string actorId, CancellationToken cancellationToken)
    {
        var proposal = await LoadAsync(id, cancellationToken, tracked: true);
        if (proposal is null)
        {
            return WriteResult.NotFound($"There is no proposal with the id {id}.");
        }
        if (input.Version is { } version && version != proposal.Version)
        {
            return Stale(version, proposal.Version);
        }
        if (proposal.Refuses(action) is { } refusal)
        {
            return WriteResult.Conflict(refusal);
        }
        var comment = input.Comment?.Trim() ?? "";
        if (comment.Length > ProposalTerms.CommentMaxLength)
        {
            return WriteResult.Invalid(("comment", $"Keep the comment to {ProposalTerms.CommentMaxLength} characters."));
        }
        if (action is ProposalAction.Reject or ProposalAction.Lost && comment.Length == 0)
        {
            return WriteResult.Invalid(("comment", action == ProposalAction.Reject ? "Say why the proposal is rejected, so presales know what to change." : "Say why the deal was lost: it is what the team learns from."));
        }
        var now = clock.GetUtcNow();
        switch (action)
        {
            case ProposalAction.Submit:
                var context = await engine.ContextAsync(db, proposal.OpportunityId, proposal.Currency, cancellationToken);
                var evaluated = engine.Evaluate(proposal, context);
                if (evaluated.SelectMany(o => o.Evaluation.Issues).FirstOrDefault(i => i.Severity == IssueSeverity.Error) is { } error)
                {
                    return WriteResult.Conflict($"Fix the errors before submitting: {error.Message}");
                }
                var approval = ProposalEngine.ApprovalOf(evaluated);
                proposal.Submit(approval.Required, string.Join(" ", approval.Reasons), actorId, now);
                break;
            case ProposalAction.Approve:
                proposal.Approve(comment, actorId, now);
                break;
            case ProposalAction.Reject:
                proposal.Reject(comment, actorId, now);
                break;
            case ProposalAction.Send:
                proposal.Send(actorId, now);
                break;
            case ProposalAction.Won:
                proposal.MarkWon(comment, actorId, now);
                break;
            case ProposalAction.Lost:
                proposal.MarkLost(comment, actorId, now);
                break;
            default:
                proposal.Withdraw(comment, actorId, now);
                break;
        }
        return await SaveAsync(proposal, cancellationToken);
    }

    private async Task<WriteResult> EditAsync(int id, int? version, CancellationToken cancellationToken, Func<Proposal, ProposalContext, Task<WriteResult>> change)
    {
        var proposal = await LoadAsync(id, cancellationToken, tracked: true);
        if (proposal is null)
        {
            return WriteResult.NotFound($"There is no proposal with the id {id}.");
        }
        if (version is null)
        {
            return WriteResult.Invalid(("version", $"Name the proposal's version you are changing (body field version or an If-Match header); it is {proposal.Version} now."));
        }
        if (version != proposal.Version)
        {
            return Stale(version.Value, proposal.Version);
        }
        if (proposal.Refuses(ProposalAction.Edit) is { } refusal)
        {
            return WriteResult.Conflict(refusal);
        }
        var context = await engine.ContextAsync(db, proposal.OpportunityId, proposal.Currency, cancellationToken);
        var result = await change(proposal, context);
        return result.Succeeded ? await SaveAsync(proposal, cancellationToken) : result;
    }

    private async Task<WriteResult> SaveAsync(Proposal proposal, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            return WriteResult.Conflict("Someone changed the proposal at the same moment; nothing of yours was saved. Reload it and apply your change again.");
        }
    }

    private static WriteResult Stale(int named, int current) =>
        WriteResult.Conflict($"The proposal has changed since version {named}; it is version {current} now. Nothing was changed: reload it and apply your change again.");

    private static string? Unavailable(OfferItemSpec spec, string currency) => spec.Status switch
    {
        ItemStatus.Retired => $"{spec.Name} ({spec.Code}) is retired and can no longer be proposed.",
        ItemStatus.Draft => $"{spec.Name} ({spec.Code}) is still a draft; a product manager must activate it first.",
        _ when spec.PriceIn(currency) is null => $"{spec.Name} ({spec.Code}) has no price in {currency}.",
        _ => null,
    };

    private static (string, string)[] LineErrors(ItemSnapshot item, int quantity, decimal discount)
    {
        var errors = new List<(string, string)>();
        if (!item.Quantity.Allows(quantity))
        {
            errors.Add(("quantity", $"{item.Name} is sold in quantities from {item.Quantity.Min} to {item.Quantity.Max} {item.Unit}; {quantity} is outside that."));
        }
        if (discount is < 0 or > 100)
        {
            errors.Add(("discountPercent", "A discount is a percentage from 0 to 100."));
        }
        return [.. errors];
    }

    private static string AddedReason(ItemSnapshot item, IReadOnlyList<ClientPain> pains)
    {
        var answered = pains.Select(p => (Pain: p, Strength: item.StrengthFor(p.Category))).Where(a => a.Strength > 0).ToList();
        return answered.Count == 0
            ? "Added by presales; it answers none of the captured pain points."
            : $"Added by presales. Answers {string.Join(", ", answered.Take(5).Select(a => $"“{a.Pain.Title}” ({Recommender.StrengthWord(a.Strength)})"))}{(answered.Count > 5 ? $" and {answered.Count - 5} more" : "")}.";
    }
}
