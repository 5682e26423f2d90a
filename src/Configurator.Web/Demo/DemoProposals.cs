using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Demo;

/// <summary>
/// The demo's proposals, so that on a fresh start every role finds work waiting: each team's approver has a
/// proposal in the queue whose discount is beyond its limit, with the justification presales wrote, and
/// presales have a draft in progress; and a year of won and lost proposals (<see cref="DemoDecisions"/>) for the insights. They are made through the builder's own use cases, as presales
/// would make them: Good / Better / Best options, one discount raised on the middle one, then submitted.
/// </summary>
public sealed class DemoProposals(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoProposals> logger)
{
    /// <summary>How far past its limit the demo discounts a line: enough to need an approver, plausible in a negotiation.</summary>
    private const decimal BeyondTheLimit = 5m;

    public async Task SeedAsync(IReadOnlyDictionary<string, string> userIdsByEmail, CancellationToken cancellationToken)
    {
        var (rep, presales) = (userIdsByEmail["rep@demo.local"], userIdsByEmail["presales@demo.local"]);
        var (chineseRep, chinesePresales) = (userIdsByEmail["wang.lei@demo.local"], userIdsByEmail["chen.jing@demo.local"]);
        if (await DealAsync(rep, OpportunityStage.Negotiation, cancellationToken) is { } negotiation)
        {
            await InReviewAsync(negotiation, "en", presales,
                "The client holds a competing bid about 15% below our list price. For a three-year commitment we meet them on {0}; the rest stays at list.",
                cancellationToken);
        }
        if (await DealAsync(rep, OpportunityStage.Proposal, cancellationToken) is { } proposal)
        {
            await CreateAsync(proposal, "en", presales, cancellationToken);
        }
        if ((await DealAsync(chineseRep, OpportunityStage.Negotiation, cancellationToken) ?? await DealAsync(chineseRep, OpportunityStage.Proposal, cancellationToken)) is { } chinese)
        {
            await InReviewAsync(chinese, "zh-CN", chinesePresales,
                "客户手上有一份比我们标价低约 15% 的竞争报价。签三年合同的前提下，我们在{0}上让一步，其余按标价。", cancellationToken);
        }
    }

    /// <summary>The year of won and lost proposals for the insights (<see cref="DemoDecisions"/>).</summary>
    public Task SeedDecidedAsync(IReadOnlyDictionary<string, string> userIdsByEmail, CancellationToken cancellationToken) =>
        new DemoDecisions(scopes, this, clock, logger).SeedAsync(userIdsByEmail, cancellationToken);

    /// <summary>The rep's first deal at <paramref name="stage"/>, one whose economic buyer is known first: the proposal is written to them, and they confirm its costs.</summary>
    private async Task<Opportunity?> DealAsync(string ownerId, OpportunityStage stage, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        return await db.Opportunities.AsNoTracking().Where(o => o.OwnerId == ownerId && o.Stage == stage)
            .OrderBy(o => o.Stakeholders.Any(s => s.Role == StakeholderRole.EconomicBuyer) ? 0 : 1).ThenBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
    }

    // What a pain of each severity costs a mid-size client a year, in thousands of euros: the middle of the band the book of business draws from.
    private static readonly decimal[] _confirmedBySeverity = [10m, 27m, 65m, 135m, 265m];

    /// <summary>
    /// The economic buyer confirms the yearly cost of each pain point without one: the middle of its severity's band,
    /// kept between the costs of the deal's more and less severe pains, so the costlier pain stays the more severe.
    /// </summary>
    private async Task ConfirmCostsAsync(Opportunity opportunity, string presalesId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var deal = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery()
            .FirstAsync(o => o.Id == opportunity.Id, cancellationToken);
        var buyer = deal.Stakeholders.OrderBy(s => s.Role == StakeholderRole.EconomicBuyer ? 0 : 1).ThenByDescending(s => s.Influence).FirstOrDefault();
        if (buyer is null)
        {
            return;
        }
        var pains = scope.ServiceProvider.GetRequiredService<PainPointService>();
        var confirmedOn = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).AddDays(-3);
        var (factor, step) = deal.Currency.Code == "CNY" ? (7_000m, 10_000m) : (1_000m, 1_000m);
        var known = deal.PainPoints.Where(p => p.AnnualImpact is not null).ToList();
        foreach (var pain in deal.PainPoints.Where(p => p.AnnualImpact is null && p.Baseline is null))
        {
            var amount = _confirmedBySeverity[Math.Clamp(pain.Severity, 1, 5) - 1] * factor;
            var floor = known.Where(k => k.Severity < pain.Severity).Select(k => k.AnnualImpact!.Value).DefaultIfEmpty(0m).Max();
            var ceiling = known.Where(k => k.Severity > pain.Severity).Select(k => k.AnnualImpact!.Value).DefaultIfEmpty(decimal.MaxValue).Min();
            amount = Math.Max(Math.Round(Math.Clamp(amount, floor, ceiling) / step, MidpointRounding.AwayFromZero) * step, step);
            var confirmed = await pains.ConfirmBaselineAsync(deal.Id, pain.Id, new BaselineInput(amount, buyer.PersonId, confirmedOn, pain.Version), presalesId, cancellationToken);
            if (!confirmed.Succeeded)
            {
                logger.LogWarning("The demo could not confirm the cost of pain point {Pain}: {Message}", pain.Id, confirmed.Message);
            }
        }
    }

    internal async Task<int?> CreateAsync(Opportunity opportunity, string language, string presalesId, CancellationToken cancellationToken)
    {
        await ConfirmCostsAsync(opportunity, presalesId, cancellationToken);
        using var scope = scopes.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<ProposalService>()
            .CreateAsync(opportunity.Id, new CreateProposalInput(opportunity.Name, language, 36, Recommend: null, Options: true), presalesId, cancellationToken);
        if (!created.Succeeded)
        {
            logger.LogWarning("The demo proposal for opportunity {Opportunity} was not created: {Message}", opportunity.Id, created.Message);
            return null;
        }
        return created.CreatedId;
    }

    /// <summary>A proposal with Good / Better / Best options whose middle one has a line discounted beyond its limit, submitted with why.</summary>
    private async Task InReviewAsync(Opportunity opportunity, string language, string presalesId, string justification, CancellationToken cancellationToken)
    {
        if (await CreateAsync(opportunity, language, presalesId, cancellationToken) is not { } id)
        {
            return;
        }
        using var scope = scopes.CreateScope();
        var proposals = scope.ServiceProvider.GetRequiredService<ProposalService>();
        var proposal = (await proposals.LoadAsync(id, cancellationToken))!;
        // The option a buyer is most likely to pick, and the one the document recommends: the middle of Good / Better / Best.
        var options = proposal.OptionsInOrder.ToList();
        var option = options[options.Count / 2];
        // The line a client would haggle over: the dearest one that may be discounted at all.
        var line = option.Lines.Where(l => l.Item.MaxDiscountPercent.Value > 0 && l.Item.MaxDiscountPercent.Value + BeyondTheLimit < 100m)
            .OrderByDescending(l => l.Item.ListPrice * l.Quantity).ThenBy(l => l.Id).FirstOrDefault();
        if (line is null)
        {
            logger.LogWarning("The demo proposal {Proposal} has no line that can be discounted; it stays a draft.", id);
            return;
        }
        var (lineName, version) = (line.Item.TextsFor(proposal.Language).Name, proposal.Version);
        var changed = await proposals.ChangeLineAsync(id, option.Id, line.Id,
            new ChangeLineInput(null, line.Item.MaxDiscountPercent.Value + BeyondTheLimit, version), presalesId, cancellationToken);
        using var submitScope = scopes.CreateScope();
        var submitted = changed.Succeeded
            ? await submitScope.ServiceProvider.GetRequiredService<ProposalService>().ActAsync(id, ProposalWorkflow.Of(ProposalAction.Submit),
                new WorkflowInput(string.Format(System.Globalization.CultureInfo.InvariantCulture, justification, lineName), null) { OptionId = option.Id },
                presalesId, cancellationToken)
            : changed;
        if (!submitted.Succeeded)
        {
            logger.LogWarning("The demo proposal {Proposal} was not submitted: {Message}", id, submitted.Message);
        }
    }
}
