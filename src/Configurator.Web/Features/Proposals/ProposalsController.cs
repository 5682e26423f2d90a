using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The proposal list with the approval queue, starting a proposal, and the builder page with its
/// add-item search. Changes to lines, options and the workflow have their own controllers.
/// </summary>
public sealed class ProposalsController(ConfiguratorDbContext db, ProposalService proposals, BuilderPage page) : BuilderControllerBase(page)
{
    [HttpGet("/proposals")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var latest = db.Proposals.AsNoTracking().OrderByDescending(p => p.Id).Take(200);
        var rows = (await Rows(latest).ToListAsync(cancellationToken)).OrderByDescending(r => r.Id).ToList();
        var canApprove = ProposalWorkflow.ApproverRoles.Any(User.IsInRole);
        var queue = new List<ApprovalQueueRow>();
        foreach (var row in rows.Where(r => r.Status == ProposalStatus.InReview))
        {
            if (await proposals.ReadAsync(row.Id, cancellationToken) is { } read && read.Options.Count > 0)
            {
                queue.Add(new ApprovalQueueRow(row, EvaluatedOption.ApprovalOf(read.Options), read.Options[0].Evaluation));
            }
        }
        ViewData["Title"] = "Proposals";
        ViewData["Section"] = "Proposals";
        return View("Index", new ProposalListViewModel(rows, queue, canApprove));
    }

    [HttpPost("/opportunities/{id:int}/proposals")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Create(int id, NewProposalForm form, CancellationToken cancellationToken)
    {
        var input = new CreateProposalInput(form.Title, form.Language, form.TermMonths, form.Start == "recommendation", form.Start == "options");
        // A term that is not a number must not quietly become the default.
        var result = ModelState.IsValid
            ? await proposals.CreateAsync(id, input, User.ActorId(), cancellationToken)
            : UseCaseResult.Invalid("termMonths", "Give the contract term as a whole number of months, e.g. 36.");
        if (result.Succeeded)
        {
            return Redirect(BuilderUrls.Proposal(result.CreatedId!.Value));
        }
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        TempData["ProposalError"] = string.Join(" ", result.FieldErrors.Select(e => e.Message));
        return Redirect($"{DiscoveryUrls.Opportunity(id)}#proposals");
    }

    [HttpGet("/proposals/{id:int}")]
    public async Task<IActionResult> Builder(int id, int? option, CancellationToken cancellationToken)
    {
        var model = await Page.ModelAsync(id, option, User, BuilderScope.Page, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        ViewData["Title"] = model.Proposal.Title;
        ViewData["Section"] = "Proposals";
        return View("Builder", model);
    }

    /// <summary>
    /// Type-ahead for "add item": at most a dozen eligible items matching the code or name, those that
    /// answer open pain first; an item the rules keep out says why instead of offering "Add".
    /// </summary>
    [HttpGet("/proposals/{id:int}/options/{optionId:int}/addable")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Addable(int id, int optionId, string? itemCode, CancellationToken cancellationToken)
    {
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read || read.Options.FirstOrDefault(o => o.Option.Id == optionId) is not { } selected)
        {
            return NotFound();
        }
        var query = itemCode?.Trim() ?? "";
        if (query.Length == 0)
        {
            return Content("", "text/html");
        }
        var option = selected.Option;
        var open = selected.Evaluation.Coverage.Where(c => c.Status != CoverageStatus.Covered).ToList();
        var matches = read.Context.Eligible.Eligible
            .Where(i => option.Lines.All(l => l.Item.Code != i.Code))
            .Where(i => i.Code.Contains(query, StringComparison.OrdinalIgnoreCase) || i.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Select(i => (Item: i, Answers: open.Where(c => i.StrengthFor(c.Pain.Category) > 0).Select(c => $"“{c.Pain.Title}”").ToList()))
            .OrderByDescending(m => m.Answers.Count).ThenBy(m => m.Item.Code, StringComparer.Ordinal)
            .Take(12)
            .ToList();
        var answers = matches.Where(m => m.Answers.Count > 0).ToDictionary(m => m.Item.Code, m => string.Join(", ", m.Answers.Take(3)));
        var inPlay = ItemsInPlay.Of(option.Lines.Select(l => (l.Item.Code, l.Item.Excludes)));
        var catalogue = read.Context.Catalogue.ByCode;
        var clashes = matches
            .Select(m => CatalogueRules.Adding(m.Item.Code, catalogue, inPlay, s => CatalogueRules.Unavailable(s, read.Proposal.Currency)).Clash)
            .OfType<RuleClash>()
            .ToDictionary(c => c.Code, c => Describe(c, catalogue));
        var urls = new BuilderUrls(id, optionId);
        return PartialView("_Addable", new AddableModel(query, matches.Select(m => m.Item).ToList(), answers, urls.Lines, read.Proposal.Version,
            amount => Currency.Format(amount, read.Proposal.Currency))
        {
            Clashes = clashes,
        });
    }

    /// <summary>An item that excludes (or is excluded by) a line already in the option says so by name; any other clash in the rules' words.</summary>
    private static string Describe(RuleClash clash, IReadOnlyDictionary<string, OfferItemSpec> catalogue) =>
        clash.InPlay is { } other && clash.Member == clash.Code && catalogue.TryGetValue(other, out var line)
            ? $"Excludes {line.Name} ({other}), already in this option"
            : $"Cannot be added: {clash.Message}";

    private IQueryable<ProposalRow> Rows(IQueryable<Proposal> query) =>
        from p in query
        join o in db.Opportunities on p.OpportunityId equals o.Id
        join a in db.Accounts on o.AccountId equals a.Id
        select new ProposalRow(p.Id, p.Title, a.Name + " — " + o.Name, o.Id, p.Status, p.Currency, p.Version, p.CreatedAt);
}
