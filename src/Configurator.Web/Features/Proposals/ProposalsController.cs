using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The proposal list with the approval queue, starting a proposal, and the builder page with its
/// add-item search. Changes to lines, options and the workflow have their own controllers.
/// </summary>
public sealed class ProposalsController(ProposalService proposals, ApprovalQueue approvalQueue, BuilderPage page, ProposalPageWords words, IStringLocalizer<Text> T) : BuilderControllerBase(page)
{
    /// <inheritdoc/>
    protected override bool RefusesTextBeforeActing => false;

    [HttpGet("/proposals")]
    public async Task<IActionResult> Index([FromQuery] ProposalListQuery query, [FromQuery] PagingQuery paging, string? sort, bool reverse, int? shown,
        [FromServices] ProposalList list, [FromServices] ClientLinks.ClientLinkService links, [FromServices] ClientLinks.ClientLinkWords linkWords,
        [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var (rows, errors) = await list.QueryAsync(query, paging, User.ActorId(), newestFirst: true, ProposalResultsModel.PageSize, cancellationToken);
        foreach (var error in errors)
        {
            ModelState.AddModelError(UseCaseAnswers.FormField(error.Field), words.Filter(error));
        }
        var engagement = await links.SummariesAsync([.. rows.Items.Select(r => r.Id)], cancellationToken);
        var results = new ProposalResultsModel(query, rows, engagement.ToDictionary(e => e.Key, e => linkWords.Summary(e.Value, clock.GetUtcNow())));
        if (Request.IsHtmx())
        {
            return PartialView("_ProposalResults", results);
        }
        var canApprove = ProposalWorkflow.ApproverRoles.Any(User.IsInRole);
        var queue = ApprovalQueueSlice.Empty;
        if (canApprove)
        {
            var key = ApprovalQueueSort.KeyOf(sort);
            var refused = TempData[QueueProblem.ProposalKey] as int?;
            queue = ApprovalQueueSlice.Of(await SortedQueueAsync(key, reverse, cancellationToken), key, reverse, shown: shown, mustShow: refused);
            if (refused is not null)
            {
                queue = queue with
                {
                    Rows = [.. queue.Rows.Select(r => r.ProposalId == refused
                        ? r with { Problem = TempData[QueueProblem.MessageKey] as string, Comment = TempData[QueueProblem.CommentKey] as string }
                        : r)],
                };
            }
        }
        ViewData["Title"] = T["Proposals"].Value;
        ViewData["Section"] = "Proposals";
        return View("Index", new ProposalListViewModel(results, queue, canApprove));
    }

    /// <summary>The approval queue's next page of rows, in the order asked, for htmx to add below the rows shown.</summary>
    [HttpGet("/proposals/queue")]
    public async Task<IActionResult> QueueRows(string? sort, bool reverse, int from, CancellationToken cancellationToken)
    {
        if (!ProposalWorkflow.ApproverRoles.Any(User.IsInRole))
        {
            return Forbid();
        }
        var key = ApprovalQueueSort.KeyOf(sort);
        if (!Request.IsHtmx())
        {
            // A browser that opened the link itself gets the page with these rows too.
            return Redirect(BuilderUrls.Queue(key, reverse, Math.Max(from, 0) + ApprovalQueueSlice.PageSize));
        }
        return PartialView("_QueueRows", ApprovalQueueSlice.Of(await SortedQueueAsync(key, reverse, cancellationToken), key, reverse, from));
    }

    /// <summary>The whole queue as this approver sees it, in the order asked.</summary>
    private async Task<IReadOnlyList<ApprovalQueueRow>> SortedQueueAsync(string key, bool reverse, CancellationToken cancellationToken) =>
        ApprovalQueueSort.Sort(await approvalQueue.RowsAsync(Policies.CanSeeCosts(User), User.ActorId(), cancellationToken), key, reverse);

    [HttpPost("/opportunities/{id:int}/proposals")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Create(int id, NewProposalForm form, CancellationToken cancellationToken)
    {
        var input = new CreateProposalInput(form.Title, form.Language, form.TermMonths, form.Start == "recommendation", form.Start == "options");
        // A term that is not a number must not quietly become the default.
        var result = ModelState.IsValid
            ? await proposals.CreateAsync(id, input, User.ActorId(), cancellationToken)
            : UseCaseResult.Invalid("termMonths", T["Give the contract term as a whole number of months, e.g. 36."]);
        if (result.Succeeded)
        {
            return Redirect(BuilderUrls.Proposal(result.CreatedId!.Value));
        }
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        TempData["ProposalError"] = string.Join(" ", result.FieldErrors.Select(words.NewProposalField));
        return Redirect($"{DiscoveryUrls.Opportunity(id)}#proposals");
    }

    [HttpGet("/proposals/{id:int}")]
    public async Task<IActionResult> Builder(int id, int? option, CancellationToken cancellationToken)
    {
        // Switching option tabs over htmx answers the workspace alone; a history restore gets the page.
        var tabSwitch = Request.IsHtmx() && !Request.IsHistoryRestore();
        var model = await Page.ModelAsync(id, option, User, tabSwitch ? BuilderScope.Lines : BuilderScope.Page, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        if (tabSwitch)
        {
            return PartialView("_Workspace", model);
        }
        ViewData["Title"] = model.Proposal.Title;
        ViewData["Section"] = "Proposals";
        return View("Builder", model);
    }

    /// <summary>
    /// Type-ahead for "add item": at most a dozen catalogue items found by what they are and what they answer
    /// (<see cref="ItemSearch"/>). Items that can be added come first, each group in the search's ranking (a match on
    /// the name before one on the summary, before one only through a pain category; then those answering more open pain);
    /// an item already in the option, kept out by the rules, or not proposable says why instead of "Add".
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
        var currency = read.Proposal.Currency;
        var catalogue = read.Context.Catalogue;
        var categories = catalogue.Categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var search = ItemSearch.For(query);
        var open = selected.Evaluation.Coverage.Where(c => c.Status != CoverageStatus.Covered).ToList();
        var inOption = option.Lines.Select(l => l.Item.Code).ToHashSet(StringComparer.Ordinal);
        var inPlay = ItemsInPlay.Of(option.Lines.Select(l => (l.Item.Code, l.Item.Excludes)));
        bool Answers(OfferItemSpec spec, PainCoverage line) => spec.Addresses.Any(a => a.Category == line.Pain.Category && a.Strength > 0);
        var found = search.Rank(catalogue.Items.Where(spec => spec.Status != ItemStatus.Retired), categories, spec => open.Count(c => Answers(spec, c)))
            .Select(match =>
            {
                var spec = match.Item;
                var answers = open.Where(c => Answers(spec, c)).Select(c => T["“{0}”", c.Pain.Title].Value).ToList();
                var blocked = inOption.Contains(spec.Code) ? T["Already in {0}", option.Name]
                    : LineRules.ItemProblem(spec.Code, spec.Name, spec, currency) is { } problem ? words.ItemProblem(problem.Code, spec.TextsFor(read.Proposal.Language).Name, spec.Code, currency)
                    : CatalogueRules.Adding(spec.Code, catalogue.ByCode, inPlay, s => CatalogueRules.Unavailable(s, currency)).Clash is { } clash ? Describe(clash, catalogue.ByCode, read.Proposal.Language)
                    : null;
                return (Spec: spec, Answers: answers, Blocked: blocked);
            })
            .OrderBy(m => m.Blocked is null ? 0 : inOption.Contains(m.Spec.Code) ? 1 : 2) // stable: the search's ranking within each group
            .Take(12)
            .Select(m => new AddableItem(m.Spec.Code, m.Spec.TextsFor(read.Proposal.Language).Name, m.Spec.Kind, m.Spec.Model,
                m.Spec.PriceIn(currency) is { } price ? Display.Money(price.ListPrice, currency) : null,
                m.Answers.Count > 0 ? string.Join(T[", "], m.Answers.Take(3)) : null, m.Blocked))
            .ToList();
        return PartialView("_Addable", new AddableModel(query, found, new BuilderUrls(id, optionId).Lines, read.Proposal.Version));
    }

    /// <summary>An item that excludes (or is excluded by) a line already in the option says so by name; any other clash in the rules' words.</summary>
    private string Describe(RuleClash clash, IReadOnlyDictionary<string, OfferItemSpec> catalogue, string language) =>
        clash.InPlay is { } other && clash.Member == clash.Code && catalogue.TryGetValue(other, out var line)
            ? T["Excludes {0} ({1}), already in this option", line.TextsFor(language).Name, other]
            : T["Cannot be added: the catalogue's rules keep it out of this option"];
}
