using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// Every change to a proposal, for the builder pages and the API alike: load, let the proposal decide,
/// save, and say what happened. A refused change changes nothing. Within one request the proposal and
/// its context are loaded once: the answer after a change reads what the change saved.
/// </summary>
public sealed class ProposalService(ConfiguratorDbContext db, ProposalEngine engine, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ProposalSettings> settings)
{
    private Proposal? _loaded;
    private ProposalContext? _context;

    /// <summary>The proposal with its options, lines and history (tracked: a change may follow), or null.</summary>
    public async Task<Proposal?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (_loaded?.Id == id)
        {
            return _loaded;
        }
        // Every change starts here, so it reads in five round trips rather than Whole's six: the proposal with its options in
        // one, then their lines, its history, pain notes and sections, each by an index on its parent, which tracking fixes up.
        // (Options with their lines in one query as well would be four, but SQLite then joins every option to every line.)
        _loaded = await db.Proposals.Include(p => p.Options).AsSingleQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        _context = null;
        if (_loaded is not null)
        {
            // Each in the order it was written: the history's last submission and approval are its last entries of that kind.
            await (from l in db.Set<ProposalLine>()
                   join o in db.Set<ProposalOption>() on l.OptionId equals o.Id
                   where o.ProposalId == id
                   orderby l.Id
                   select l).LoadAsync(cancellationToken);
            await db.Set<ProposalEvent>().Where(e => e.ProposalId == id).OrderBy(e => e.Id).LoadAsync(cancellationToken);
            await db.Set<ProposalPainNote>().Where(n => n.ProposalId == id).OrderBy(n => n.Id).LoadAsync(cancellationToken);
            await db.Set<ProposalSection>().Where(s => s.ProposalId == id).OrderBy(s => s.Id).LoadAsync(cancellationToken);
        }
        return _loaded;
    }

    /// <summary>
    /// Proposals as <see cref="ReadAsync"/> reads them, but untracked and apart from this request's loaded proposal, many at
    /// once (a few queries for all): for figures kept beyond the request (the approval queue's), which nothing may change.
    /// </summary>
    public async Task<IReadOnlyList<ProposalRead>> ReadDetachedAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var loaded = await Whole(db.Proposals.AsNoTracking()).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var contexts = await engine.ContextsAsync(db, loaded.Select(p => (p.OpportunityId, p.Currency)).ToList(), cancellationToken);
        return loaded.Select(p => Read(p, contexts[(p.OpportunityId, p.Currency)])).ToList();
    }

    private static ProposalRead Read(Proposal proposal, ProposalContext context) =>
        new(proposal, proposal.Evaluate(context.Pains, context.Catalogue.ByCode, context.Policy), context);

    private static IQueryable<Proposal> Whole(IQueryable<Proposal> proposals) =>
        proposals.Include(p => p.Options).ThenInclude(o => o.Lines).Include(p => p.History).Include(p => p.PainNotes).Include(p => p.Sections).AsSplitQuery();

    /// <summary>The proposal with the engine's word on each option and the context it was evaluated in.</summary>
    public async Task<ProposalRead?> ReadAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } proposal)
        {
            return null;
        }
        return Read(proposal, await ContextAsync(proposal, cancellationToken));
    }

    public async Task<UseCaseResult> CreateAsync(int opportunityId, CreateProposalInput input, string actorId, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().FirstOrDefaultAsync(o => o.Id == opportunityId, cancellationToken);
        if (opportunity is null)
        {
            return UseCaseResult.NotFound($"There is no opportunity with the id {opportunityId}.");
        }
        var now = clock.GetUtcNow();
        var (proposal, issues) = Proposal.Create(opportunityId, input.Title, input.Language, opportunity.Currency, input.TermMonths, actorId, now);
        if (proposal is null)
        {
            return issues.ToResult();
        }
        var context = await engine.ContextAsync(db, opportunityId, opportunity.Currency, cancellationToken);
        // Option names are the proposal's words: chosen once, in the language it is written in.
        var names = settings.Value.NamesFor(proposal.Language);
        if (input.Options == true)
        {
            foreach (var option in SolutionOptions.Build(context.Pains, context.Eligible, proposal.TermMonths, engine.Policy with { OptionNames = names.Tiers }))
            {
                proposal.AddOption(option.Name, option.Explanation, option.Configuration.Lines, actorId, now);
            }
        }
        else if (input.Recommend == true)
        {
            var recommendation = Recommender.Recommend(context.Pains, context.Eligible, proposal.TermMonths);
            proposal.AddOption(names.Recommended, "The recommended solution: a standard base, innovations where the base leaves pain open or weak, and a service package.",
                recommendation.Configuration.Lines, actorId, now);
        }
        if (proposal.Options.Count == 0)
        {
            proposal.AddOption(names.Single, "", [], actorId, now);
        }
        db.Proposals.Add(proposal);
        return await SaveAsync(proposal.Id, cancellationToken, created: proposal);
    }

    public Task<UseCaseResult> AddLineAsync(int id, int optionId, AddLineInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, async proposal =>
        {
            if (Option(proposal, optionId) is not { } option)
            {
                return UseCaseResult.NotFound($"The proposal has no option with the id {optionId}.");
            }
            var context = await ContextAsync(proposal, cancellationToken);
            return proposal.AddItem(option, input.ItemCode, input.Quantity, input.DiscountPercent, context.Catalogue.ByCode, context.Pains, actorId, clock.GetUtcNow()).ToResult();
        });

    public Task<UseCaseResult> ChangeLineAsync(int id, int optionId, int lineId, ChangeLineInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, proposal => Task.FromResult(
            Option(proposal, optionId) is { } option && option.Lines.FirstOrDefault(l => l.Id == lineId) is { } line
                ? proposal.ChangeLine(option, line, input.Quantity, input.DiscountPercent, actorId, clock.GetUtcNow(), input.Note).ToResult()
                : UseCaseResult.NotFound($"The option {optionId} has no line with the id {lineId}.")));

    public Task<UseCaseResult> EstimateImprovementAsync(int id, int optionId, int lineId, string category, ImprovementInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, proposal => Task.FromResult(
            Option(proposal, optionId) is { } option && option.Lines.FirstOrDefault(l => l.Id == lineId) is { } line
                ? proposal.EstimateImprovement(option, line, category, input.Percent, input.Reason, actorId, clock.GetUtcNow()).ToResult()
                : UseCaseResult.NotFound($"The option {optionId} has no line with the id {lineId}.")));

    public Task<UseCaseResult> RemoveLineAsync(int id, int optionId, int lineId, int? version, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, version, cancellationToken, proposal => Task.FromResult(
            Option(proposal, optionId) is { } option && option.Lines.FirstOrDefault(l => l.Id == lineId) is { } line
                ? proposal.RemoveLine(option, line, actorId, clock.GetUtcNow()).ToResult()
                : UseCaseResult.NotFound($"The option {optionId} has no line with the id {lineId}.")));

    /// <summary>Says in the proposal why one of the opportunity's pain points is not answered (an empty text takes it back).</summary>
    public Task<UseCaseResult> ExplainPainAsync(int id, int painPointId, PainNoteInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, async proposal =>
        {
            var context = await ContextAsync(proposal, cancellationToken);
            return context.Pains.Any(p => p.Id == painPointId)
                ? proposal.ExplainPain(painPointId, input.Text, actorId, clock.GetUtcNow()).ToResult()
                : UseCaseResult.NotFound($"The proposal's opportunity has no pain point with the id {painPointId}.");
        });

    /// <summary>
    /// Writes one of the sections presales write (empty takes it away): an unknown section is not found; a
    /// table too large for a page or a text over the section's length is refused at <c>text</c>.
    /// </summary>
    public Task<UseCaseResult> WriteSectionAsync(int id, string section, SectionInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, proposal => Task.FromResult(
            ProposalSectionKind.Find(section) is not { } kind ? UnknownSection(section)
            : Documents.SafeMarkdown.Check(input.Text ?? "") is [var problem, ..] ? UseCaseResult.Invalid(new FieldError("text", problem.Message, problem.Code))
            : proposal.WriteSection(kind, input.Text, actorId, clock.GetUtcNow()).ToResult()));

    /// <summary>Copies a content block into the proposal's references.</summary>
    public Task<UseCaseResult> InsertBlockAsync(int id, int blockId, int? version, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, version, cancellationToken, async proposal =>
            await db.ContentBlocks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == blockId, cancellationToken) is { } block
                ? proposal.InsertBlock(block, actorId, clock.GetUtcNow()).ToResult()
                : UseCaseResult.NotFound($"There is no content block with the id {blockId}."));

    public static UseCaseResult UnknownSection(string section) =>
        UseCaseResult.NotFound($"A proposal has no section '{section}'; the sections are {string.Join(", ", ProposalSectionKind.All.Select(k => k.Code))}.");

    public Task<UseCaseResult> AddOptionAsync(int id, AddOptionInput input, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, input.Version, cancellationToken, proposal =>
        {
            IEnumerable<ConfigurationLine> lines = [];
            if (input.CopyFrom is { } copyFrom)
            {
                if (Option(proposal, copyFrom) is not { } source)
                {
                    return Task.FromResult(UseCaseResult.Invalid("copyFrom", $"The proposal has no option with the id {copyFrom} to copy."));
                }
                lines = source.ToConfiguration(proposal.Currency, proposal.TermMonths).Lines;
            }
            var (_, issues) = proposal.AddOption(input.Name, "", lines, actorId, clock.GetUtcNow());
            return Task.FromResult(issues.ToResult());
        });

    /// <summary>Renames and/or moves an option one place (move −1 / +1), or deletes it.</summary>
    public Task<UseCaseResult> ChangeOptionAsync(int id, int optionId, OptionChange change, int? version, string actorId, CancellationToken cancellationToken) =>
        EditAsync(id, version, cancellationToken, proposal =>
        {
            if (Option(proposal, optionId) is not { } option)
            {
                return Task.FromResult(UseCaseResult.NotFound($"The proposal has no option with the id {optionId}."));
            }
            var now = clock.GetUtcNow();
            if (change.Delete)
            {
                return Task.FromResult(proposal.RemoveOption(option, actorId, now).ToResult());
            }
            var issues = change.Name is null ? [] : proposal.RenameOption(option, change.Name, actorId, now);
            if (issues.Count == 0 && change.Move is { } offset and not 0)
            {
                issues = proposal.MoveOption(option, offset, actorId, now);
            }
            return Task.FromResult(issues.ToResult());
        });

    /// <summary>A workflow step; who may take it is checked by the caller against <see cref="WorkflowStep.Roles"/>.</summary>
    public Task<UseCaseResult> ActAsync(int id, WorkflowStep step, WorkflowInput input, string actorId, CancellationToken cancellationToken) =>
        ChangeAsync(id, input.Version, versionRequired: false, cancellationToken, async proposal =>
        {
            IReadOnlyList<EvaluatedOption>? options = null;
            if (step.ChecksTheSolution && proposal.Refuses(step.Action) is null)
            {
                options = (await ReadAsync(id, cancellationToken))!.Options;
            }
            IssuedRevision? latest = null;
            if (step.NeedsIssuedRevision)
            {
                latest = await db.ProposalRevisions.AsNoTracking().Where(r => r.ProposalId == id).OrderByDescending(r => r.Number)
                    .Select(r => new IssuedRevision(r.Number, r.IssuedAt)).FirstOrDefaultAsync(cancellationToken);
            }
            return proposal.Take(step.Action, input.Comment, options, actorId, clock.GetUtcNow(), input.OptionId, latest, settings.Value.AllowSelfApproval).ToResult();
        });

    private Task<UseCaseResult> EditAsync(int id, int? version, CancellationToken cancellationToken, Func<Proposal, Task<UseCaseResult>> change) =>
        ChangeAsync(id, version, versionRequired: true, cancellationToken, change);

    /// <summary>
    /// Load, check the version the caller named, apply, save: the one path of every change. Lines and
    /// options the proposal drops are deleted on save, as orphans of their required parent.
    /// </summary>
    private async Task<UseCaseResult> ChangeAsync(int id, int? version, bool versionRequired, CancellationToken cancellationToken, Func<Proposal, Task<UseCaseResult>> change)
    {
        if (await LoadAsync(id, cancellationToken) is not { } proposal)
        {
            return UseCaseResult.NotFound($"There is no proposal with the id {id}.");
        }
        if ((versionRequired || version is not null) && SaveOrConflict.CheckVersion("proposal", version, proposal.Version) is { } stale)
        {
            return stale;
        }
        var result = await change(proposal);
        return result.Succeeded ? await SaveAsync(id, cancellationToken) : result;
    }

    private async Task<UseCaseResult> SaveAsync(int id, CancellationToken cancellationToken, Proposal? created = null)
    {
        var result = await db.SaveOrConflictAsync(cancellationToken, createdId: null,
            conflict: "Someone changed the proposal at the same moment; nothing of yours was saved. Reload it and apply your change again.");
        if (!result.Succeeded)
        {
            _loaded = null;
            _context = null;
            return result;
        }
        if (created is not null)
        {
            _loaded = created;
            return UseCaseResult.Done(created.Id);
        }
        return UseCaseResult.Done(id);
    }

    private async Task<ProposalContext> ContextAsync(Proposal proposal, CancellationToken cancellationToken) =>
        _context ??= await engine.ContextAsync(db, proposal.OpportunityId, proposal.Currency, cancellationToken);

    private static ProposalOption? Option(Proposal proposal, int optionId) => proposal.Options.FirstOrDefault(o => o.Id == optionId);
}
