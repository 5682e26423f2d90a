using Configurator.Domain.Discovery;
using Configurator.Domain.Insights;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Demo;

/// <summary>
/// The demo's decided deals, so that the insights have a year to look at: for each closed deal of the demo reps
/// (the book's, closed in the last half year, and an older book's, closed in the half year before), presales make a
/// Good / Better / Best proposal, discount the recommended option, have it approved, issue a revision (a real PDF),
/// send it, and the deal is won or lost. Then the dates are set back to the deal's close, the one shortcut:
/// the app's clock cannot be turned back.
/// </summary>
/// <remarks>
/// The outcome follows the recommended option's differentiation, plausibly rather than perfectly: of the deals in
/// each band a fixed share is won (see <see cref="_wonShare"/>), which ones drawn from a fixed seed, and the less
/// differentiated ones were discounted more. Some clients wanted only a standard set-up: their proposal offers the two
/// leaner options, so the recommended one is the leanest and least differentiated.
/// </remarks>
public sealed class DemoDecisions(IServiceScopeFactory scopes, DemoProposals proposals, TimeProvider clock, ILogger logger)
{
    /// <summary>The older book: other accounts, whose deals closed six to twelve months ago.</summary>
    public const int OlderBookSeed = DemoSeeder.BookSeed + 1;
    public const int OlderBookAccounts = 32;
    private const int OutcomeSeed = DemoSeeder.BookSeed;

    // The share of deals won in each differentiation band of the insights (0-15, 15-30, 30-50, 50-100 %).
    private static readonly decimal[] _wonShare = [0.35m, 0.5m, 0.65m, 0.75m];

    // One deal in three the client wanted no more than a standard set-up: presales offer the two leaner options, and the document recommends the first.
    private const double StandardOnly = 0.35;

    private static readonly string[] _lostReasons =
    [
        "Chose a competitor's offer at a lower price.", "The budget went to another project this year.",
        "The client stays with their in-house system for now.", "Price: the client would not move beyond a standard set-up.",
    ];

    private static readonly string[] _lostReasonsChinese =
        ["客户选择了报价更低的竞争对手。", "今年预算转给了其他项目。", "客户暂时继续使用自研系统。", "价格原因：客户只愿意采购标准配置。"];

    private enum Offer
    {
        GoodBetterBest,
        StandardOnly,
    }

    private sealed record Team(string Rep, string Presales, string PresalesName, string Approver, string Language);

    private sealed record Deal(Opportunity Opportunity, Team Team, int ProposalId, RevisionFigures Figures);

    public async Task SeedAsync(IReadOnlyDictionary<string, string> userIdsByEmail, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var english = new Team(userIdsByEmail["rep@demo.local"], userIdsByEmail["presales@demo.local"], NameOf("presales@demo.local"), userIdsByEmail["approver@demo.local"], "en");
        var chinese = new Team(userIdsByEmail["wang.lei@demo.local"], userIdsByEmail["chen.jing@demo.local"], NameOf("chen.jing@demo.local"), userIdsByEmail["zhao.min@demo.local"], "zh-CN");
        await WriteOlderBookAsync(userIdsByEmail, cancellationToken);
        var closed = await ClosedDealsAsync([english.Rep, chinese.Rep], cancellationToken);
        var deals = new List<Deal>();
        var standardOnly = new Random(OutcomeSeed);
        foreach (var opportunity in closed)
        {
            var team = opportunity.OwnerId == chinese.Rep ? chinese : english;
            if (await proposals.CreateAsync(opportunity, team.Language, team.Presales, cancellationToken) is not { } id)
            {
                continue;
            }
            if (await OfferAsync(id, standardOnly.NextDouble() < StandardOnly, team.Presales, cancellationToken) is not { } offered)
            {
                continue;
            }
            if (offered == Offer.StandardOnly)
            {
                await StandardOnlyAsync(id, team.Presales, cancellationToken);
            }
            deals.Add(new Deal(opportunity, team, id, await FiguresAsync(id, cancellationToken)));
        }
        var won = Outcomes(deals);
        var decided = 0;
        foreach (var deal in deals)
        {
            if (await DecideAsync(deal, won.Contains(deal.ProposalId), cancellationToken))
            {
                decided++;
            }
        }
        logger.LogInformation("Seeded {Decided} decided demo proposals ({Won} won) in {Seconds:0.0} s.", decided, won.Count, clock.GetElapsedTime(started).TotalSeconds);
    }

    private static string NameOf(string email) => DemoUsers.All.First(u => u.Email == email).DisplayName;

    /// <summary>Accounts whose deals closed six to twelve months ago; only their closed deals are written.</summary>
    private async Task WriteOlderBookAsync(IReadOnlyDictionary<string, string> userIdsByEmail, CancellationToken cancellationToken)
    {
        static List<string> Reps(IEnumerable<DemoUser> team) => team.Where(u => u.Role == Domain.Users.Roles.Rep).Select(u => u.Email).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var book = new BookOfBusinessGenerator(OlderBookSeed, today.AddDays(-180), Reps(DemoUsers.English), Reps(DemoUsers.Chinese)).Generate(OlderBookAccounts);
        var closedOnly = new BookOfBusiness(book.Accounts
            .Select(a => a with { Opportunities = a.Opportunities.Where(o => o.Stage is "won" or "lost").ToList() })
            .Where(a => a.Opportunities.Count > 0)
            .ToList());
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        // Captured before the older deals were decided.
        await BookOfBusinessWriter.WriteAsync(db, closedOnly, userIdsByEmail, clock.GetUtcNow().AddDays(-400), cancellationToken);
    }

    private async Task<List<Opportunity>> ClosedDealsAsync(string[] owners, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        return await db.Opportunities.AsNoTracking()
            .Where(o => owners.Contains(o.OwnerId) && (o.Stage == OpportunityStage.Won || o.Stage == OpportunityStage.Lost) && o.ExpectedClose != null)
            .OrderBy(o => o.Id).ToListAsync(cancellationToken);
    }

    private async Task<RevisionFigures> FiguresAsync(int id, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var read = await scope.ServiceProvider.GetRequiredService<ProposalService>().ReadAsync(id, cancellationToken);
        return RevisionFigures.Of(read!.Options);
    }

    /// <summary>The proposals won: in each differentiation band its share of the deals, drawn from a fixed seed.</summary>
    private static HashSet<int> Outcomes(List<Deal> deals)
    {
        var random = new Random(OutcomeSeed);
        var won = new HashSet<int>();
        for (var b = 0; b < InsightBands.Differentiation.Count; b++)
        {
            var band = deals.Where(d => InsightBands.Of(InsightBands.Differentiation, d.Figures.DifferentiationShare * 100m) == InsightBands.Differentiation[b])
                .Select(d => d.ProposalId).ToArray();
            random.Shuffle(band);
            won.UnionWith(band.Take((int)Math.Round(band.Length * _wonShare[b], MidpointRounding.AwayFromZero)));
        }
        return won;
    }

    /// <summary>
    /// What presales offer: the options as wanted when their recommended one pays back within the term on conservative
    /// assumptions, else the other set whose does; when neither does, nobody would sign it: the proposal is withdrawn (null).
    /// </summary>
    private async Task<Offer?> OfferAsync(int id, bool standardWanted, string presalesId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var read = (await scope.ServiceProvider.GetRequiredService<ProposalService>().ReadAsync(id, cancellationToken))!;
        var options = read.Options;
        bool PaysBack(int index) => index < options.Count && options[index].Evaluation.Value.Conservative is var c
            && c.NetValueOverTerm.Amount >= 0 && c.Roi >= 0 && c.PaybackMonths is { } months && months <= read.Proposal.TermMonths;
        var (standard, full) = (options.Count >= 3 && PaysBack(0), PaysBack(RecommendedOption.IndexOf(options.Count)));
        if (standard && (standardWanted || !full))
        {
            return Offer.StandardOnly;
        }
        if (full)
        {
            return Offer.GoodBetterBest;
        }
        await StepAsync(id, ProposalAction.Withdraw, "No option pays back within the term; the client's case is not there yet.", presalesId, null, cancellationToken);
        return null;
    }

    /// <summary>Takes the richest option away, so that the leanest is the one recommended.</summary>
    private async Task StandardOnlyAsync(int id, string presalesId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ProposalService>();
        var proposal = (await service.LoadAsync(id, cancellationToken))!;
        var options = proposal.OptionsInOrder.ToList();
        if (options.Count < 3)
        {
            return;
        }
        var deleted = await service.ChangeOptionAsync(id, options[^1].Id, new OptionChange(null, null, Delete: true), proposal.Version, presalesId, cancellationToken);
        if (!deleted.Succeeded)
        {
            logger.LogWarning("The demo could not take an option off proposal {Proposal}: {Message}", id, deleted.Message);
        }
    }

    /// <summary>The discount asked for, off each line of the recommended option (within its limit): the less the option stands out, the more.</summary>
    private static decimal DiscountFor(decimal differentiationShare, Random random) =>
        differentiationShare < 0.15m ? random.Next(8, 16) : differentiationShare < 0.30m ? random.Next(4, 11) : random.Next(0, 7);

    private async Task<bool> DecideAsync(Deal deal, bool won, CancellationToken cancellationToken)
    {
        var (id, team) = (deal.ProposalId, deal.Team);
        var random = new Random(OutcomeSeed + id);
        var optionId = await DiscountAsync(id, DiscountFor(deal.Figures.DifferentiationShare, random), team.Presales, cancellationToken);
        if (!await StepAsync(id, ProposalAction.Submit, "Discount within the limits agreed for this client.", team.Presales, optionId, cancellationToken))
        {
            return false;
        }
        if (await StatusAsync(id, cancellationToken) == ProposalStatus.InReview
            && !await StepAsync(id, ProposalAction.Approve, "", team.Approver, null, cancellationToken))
        {
            return false;
        }
        using (var scope = scopes.CreateScope())
        {
            var (issued, _) = await scope.ServiceProvider.GetRequiredService<ProposalRevisions>().IssueAsync(id, null, team.Presales, team.PresalesName, cancellationToken);
            if (!issued.Succeeded)
            {
                logger.LogWarning("The demo proposal {Proposal} was not issued: {Message}", id, issued.Message);
                return false;
            }
        }
        var reasons = team.Language == "en" ? _lostReasons : _lostReasonsChinese;
        if (!await StepAsync(id, ProposalAction.Send, "", team.Presales, null, cancellationToken)
            || !await StepAsync(id, won ? ProposalAction.Won : ProposalAction.Lost, won ? "" : reasons[random.Next(reasons.Length)], team.Presales, null, cancellationToken))
        {
            return false;
        }
        await CloseDealAsync(deal.Opportunity, won, team.Rep, cancellationToken);
        await DateBackAsync(id, deal.Opportunity.ExpectedClose!.Value, random, cancellationToken);
        return true;
    }

    /// <summary>Discounts each line of the recommended option by <paramref name="percent"/>, or its limit when lower; returns the option.</summary>
    private async Task<int?> DiscountAsync(int id, decimal percent, string presalesId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ProposalService>();
        var proposal = (await service.LoadAsync(id, cancellationToken))!;
        if (RecommendedOption.Of(proposal.OptionsInOrder.ToList()) is not { } option)
        {
            return null;
        }
        foreach (var line in option.Lines.OrderBy(l => l.Id).ToList())
        {
            var discount = Math.Min(percent, line.Item.MaxDiscountPercent.Value);
            if (discount <= 0m)
            {
                continue;
            }
            var changed = await service.ChangeLineAsync(id, option.Id, line.Id, new ChangeLineInput(null, discount, proposal.Version), presalesId, cancellationToken);
            if (!changed.Succeeded)
            {
                logger.LogWarning("The demo could not discount a line of proposal {Proposal}: {Message}", id, changed.Message);
            }
        }
        return option.Id;
    }

    private async Task<bool> StepAsync(int id, ProposalAction action, string comment, string actorId, int? optionId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ProposalService>()
            .ActAsync(id, ProposalWorkflow.Of(action), new WorkflowInput(comment, null) { OptionId = optionId }, actorId, cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogWarning("The demo proposal {Proposal} could not take the step {Action}: {Message}", id, action, result.Message);
        }
        return result.Succeeded;
    }

    private async Task<ProposalStatus> StatusAsync(int id, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().Proposals.Where(p => p.Id == id).Select(p => p.Status).FirstAsync(cancellationToken);
    }

    /// <summary>The deal ends as its proposal did (the book drew its stage at random).</summary>
    private async Task CloseDealAsync(Opportunity opportunity, bool won, string repId, CancellationToken cancellationToken)
    {
        var stage = won ? OpportunityStage.Won : OpportunityStage.Lost;
        if (opportunity.Stage == stage)
        {
            return;
        }
        using var scope = scopes.CreateScope();
        var (moved, _) = await scope.ServiceProvider.GetRequiredService<OpportunityService>()
            .ChangeStageAsync(opportunity.Id, DiscoveryTerms.Code(stage), won ? "The client accepted the proposal." : "The client declined the proposal.", [], repId, cancellationToken);
        if (!moved.Succeeded)
        {
            logger.LogWarning("The demo deal {Opportunity} could not be closed as {Stage}: {Message}", opportunity.Id, stage, moved.Message);
        }
    }

    /// <summary>
    /// Sets the proposal's dates back to its deal's close: created four to six weeks before, approved a week later,
    /// issued and sent two weeks before the close, decided on the close day.
    /// </summary>
    private async Task DateBackAsync(int id, DateOnly closed, Random random, CancellationToken cancellationToken)
    {
        var decidedAt = new DateTimeOffset(closed.ToDateTime(new TimeOnly(random.Next(9, 17), random.Next(0, 60))), TimeSpan.Zero);
        var createdAt = decidedAt.AddDays(-random.Next(28, 43));
        var issuedAt = decidedAt.AddDays(-random.Next(10, 18));
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        await db.Proposals.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, createdAt), cancellationToken);
        await db.ProposalRevisions.Where(r => r.ProposalId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.IssuedAt, issuedAt), cancellationToken);
        var (wonCode, lostCode, sendCode) = (ProposalWorkflow.Of(ProposalAction.Won).Code, ProposalWorkflow.Of(ProposalAction.Lost).Code, ProposalWorkflow.Of(ProposalAction.Send).Code);
        var events = db.Set<ProposalEvent>().Where(e => e.ProposalId == id);
        await events.Where(e => e.Action == wonCode || e.Action == lostCode).ExecuteUpdateAsync(s => s.SetProperty(e => e.At, decidedAt), cancellationToken);
        await events.Where(e => e.Action == sendCode).ExecuteUpdateAsync(s => s.SetProperty(e => e.At, issuedAt.AddHours(1)), cancellationToken);
        await events.Where(e => e.Action != wonCode && e.Action != lostCode && e.Action != sendCode)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.At, createdAt.AddDays(7)), cancellationToken);
        var opportunityId = await db.Proposals.Where(p => p.Id == id).Select(p => p.OpportunityId).FirstAsync(cancellationToken);
        await db.Opportunities.Where(o => o.Id == opportunityId).ExecuteUpdateAsync(s => s.SetProperty(o => o.ExpectedClose, closed), cancellationToken);
    }
}
