using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The proposal pages: the list with the approval queue, and the builder, where every change is one
/// htmx request answered with the builder's working area (lines, pain points, figures and issues).
/// </summary>
public sealed class ProposalsController(ConfiguratorDbContext db, ProposalService proposals, ProposalRevisions revisions, ProposalDocumentBuilder documents, IAuthorizationService authorization) : Controller
{
    [HttpPost("/proposals/{id:int}/revisions")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Issue(int id, CancellationToken cancellationToken)
    {
        var name = User.DisplayName();
        var (result, _) = await revisions.IssueAsync(id, null, User.ActorId(), name, cancellationToken);
        return result.Succeeded ? Redirect($"/proposals/{id}#revisions") : await AnswerAsync(id, null, result, cancellationToken, full: true);
    }

    /// <summary>The preview page: the document in a sandboxed frame, with "Download PDF".</summary>
    [HttpGet("/proposals/{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        if (await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } proposal)
        {
            return NotFound();
        }
        ViewData["Title"] = $"Preview: {proposal.Title}";
        ViewData["Section"] = "Proposals";
        return View("Preview", proposal);
    }

    /// <summary>The very HTML that becomes the next revision's PDF, under a policy that lets nothing in it run.</summary>
    [HttpGet("/proposals/{id:int}/preview/document")]
    public async Task<IActionResult> PreviewDocument(int id, CancellationToken cancellationToken)
    {
        if (await revisions.PreviewAsync(id, User.DisplayName(), cancellationToken) is not { } preview)
        {
            return NotFound();
        }
        SecurityHeaders.UseDocumentPolicy(HttpContext);
        return Content(preview.Html, "text/html; charset=utf-8");
    }

    /// <summary>The preview printed to PDF, marked as a draft; not stored.</summary>
    [HttpGet("/proposals/{id:int}/preview.pdf")]
    public async Task<IActionResult> PreviewPdf(int id, CancellationToken cancellationToken)
    {
        var (result, pdf) = await revisions.DraftPdfAsync(id, User.DisplayName(), cancellationToken);
        if (pdf is null)
        {
            if (result.Status == StatusCodes.Status503ServiceUnavailable)
            {
                Response.Headers.RetryAfter = "2";
            }
            return Problem(statusCode: result.Status, title: "The PDF was not printed", detail: result.Problem);
        }
        return File(pdf, "application/pdf", $"proposal-{id}-draft.pdf");
    }

    [HttpGet("/proposals/{id:int}/revisions/{number:int}/compare")]
    public async Task<IActionResult> Compare(int id, int number, CancellationToken cancellationToken)
    {
        var comparison = await revisions.CompareWithNowAsync(id, number, cancellationToken);
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (comparison is null || proposal is null)
        {
            return NotFound();
        }
        ViewData["Title"] = $"{proposal.Title}: revision {number} and now";
        ViewData["Section"] = "Proposals";
        return View("Compare", new CompareViewModel(proposal, number, comparison));
    }

    [HttpGet("/proposals/{id:int}/revisions/{number:int}/pdf")]
    public async Task<IActionResult> RevisionPdf(int id, int number, CancellationToken cancellationToken) =>
        await revisions.GetAsync(id, number, cancellationToken) is { } revision
            ? File(revision.Pdf, "application/pdf", $"proposal-{id}-revision-{revision.Number}.pdf")
            : NotFound();

    [HttpGet("/proposals")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var latest = db.Proposals.AsNoTracking().OrderByDescending(p => p.Id).Take(200);
        var rows = (await Rows(latest).ToListAsync(cancellationToken)).OrderByDescending(r => r.Id).ToList();
        var canApprove = await Allowed(Policies.ApproveProposals);
        var queue = new List<ApprovalQueueRow>();
        foreach (var row in rows.Where(r => r.Status == ProposalStatus.InReview))
        {
            if (await proposals.ReadAsync(row.Id, cancellationToken) is { } read && read.Options.Count > 0)
            {
                queue.Add(new ApprovalQueueRow(row, ProposalEngine.ApprovalOf(read.Options), read.Options[0].Evaluation));
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
            : WriteResult.Invalid(("termMonths", "Give the contract term as a whole number of months, e.g. 36."));
        if (result.Succeeded)
        {
            return Redirect($"/proposals/{result.CreatedId}");
        }
        if (result.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        TempData["ProposalError"] = string.Join(" ", (result.Errors ?? []).Select(e => e.Message));
        return Redirect($"/opportunities/{id}#proposals");
    }

    [HttpGet("/proposals/{id:int}")]
    public async Task<IActionResult> Builder(int id, int? option, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(id, option, cancellationToken);
        return model is null ? NotFound() : View("Builder", model);
    }

    /// <summary>Type-ahead for "add item": at most a dozen eligible items matching the code or name.</summary>
    [HttpGet("/proposals/{id:int}/options/{optionId:int}/addable")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Addable(int id, int optionId, string? itemCode, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(id, optionId, cancellationToken);
        if (model is null || model.Selected.Option.Id != optionId)
        {
            return NotFound();
        }
        var query = itemCode?.Trim() ?? "";
        if (query.Length == 0)
        {
            return Content("", "text/html");
        }
        var open = model.Selected.Evaluation.Coverage.Where(c => c.Status != Domain.Engine.CoverageStatus.Covered).ToList();
        var matches = model.Addable
            .Where(i => i.Code.Contains(query, StringComparison.OrdinalIgnoreCase) || i.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Select(i => (Item: i, Answers: open.Where(c => i.StrengthFor(c.Pain.Category) > 0).Select(c => $"“{c.Pain.Title}”").ToList()))
            .OrderByDescending(m => m.Answers.Count).ThenBy(m => m.Item.Code, StringComparer.Ordinal)
            .Take(12)
            .ToList();
        var answers = matches.Where(m => m.Answers.Count > 0).ToDictionary(m => m.Item.Code, m => string.Join(", ", m.Answers.Take(3)));
        var present = model.Selected.Option.Lines.Select(l => l.Item).ToList();
        var conflicts = matches
            .Select(m => (m.Item.Code, With: present.FirstOrDefault(p => p.Excludes.Contains(m.Item.Code) || m.Item.Excludes.Contains(p.Code))))
            .Where(c => c.With is not null)
            .ToDictionary(c => c.Code, c => $"{c.With!.Name} ({c.With.Code})");
        return PartialView("_Addable", new AddableModel(query, matches.Select(m => m.Item).ToList(), answers, $"/proposals/{id}/options/{optionId}/lines", model.Proposal.Version, model.Money)
        {
            Conflicts = conflicts,
        });
    }

    [HttpPost("/proposals/{id:int}/options/{optionId:int}/lines")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> AddLine(int id, int optionId, string? itemCode, string? quantity, int version, CancellationToken cancellationToken)
    {
        int? parsedQuantity = int.TryParse(quantity, out var q) ? q : null;
        if (!string.IsNullOrWhiteSpace(quantity) && parsedQuantity is null)
        {
            return await AnswerAsync(id, optionId, WriteResult.Invalid(("quantity", "Give the quantity as a whole number.")), cancellationToken, itemCode: itemCode, quantity: quantity);
        }
        var result = await proposals.AddLineAsync(id, optionId, new AddLineInput(itemCode, parsedQuantity, null, version), User.ActorId(), cancellationToken);
        return await AnswerAsync(id, optionId, result, cancellationToken, itemCode: itemCode, quantity: quantity);
    }

    [HttpPost("/proposals/{id:int}/options/{optionId:int}/lines/{lineId:int}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> ChangeLine(int id, int optionId, int lineId, string? quantity, string? discountPercent, int version, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        if (!int.TryParse(quantity, out var q))
        {
            errors.Add(("quantity", "Give the quantity as a whole number."));
        }
        if (!decimal.TryParse(discountPercent, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d))
        {
            errors.Add(("discountPercent", "Give the discount as a number from 0 to 100."));
        }
        var result = errors.Count > 0
            ? WriteResult.Invalid([.. errors])
            : await proposals.ChangeLineAsync(id, optionId, lineId, new ChangeLineInput(q, d, version), User.ActorId(), cancellationToken);
        return await AnswerAsync(id, optionId, result, cancellationToken, lineId, quantity, discountPercent);
    }

    [HttpPost("/proposals/{id:int}/options/{optionId:int}/lines/{lineId:int}/remove")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> RemoveLine(int id, int optionId, int lineId, int version, CancellationToken cancellationToken) =>
        await AnswerAsync(id, optionId, await proposals.RemoveLineAsync(id, optionId, lineId, version, User.ActorId(), cancellationToken), cancellationToken);

    [HttpPost("/proposals/{id:int}/options")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> AddOption(int id, string? name, int? copyFrom, int version, CancellationToken cancellationToken)
    {
        var result = await proposals.AddOptionAsync(id, new AddOptionInput(name, copyFrom, version), User.ActorId(), cancellationToken);
        if (result.Succeeded)
        {
            var newest = await db.Set<ProposalOption>().Where(o => o.ProposalId == id).OrderByDescending(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
            return Redirect($"/proposals/{id}?option={newest}");
        }
        return await AnswerAsync(id, copyFrom, result, cancellationToken, full: true);
    }

    /// <summary>Renames, moves or deletes the option from its tab's menu.</summary>
    [HttpPost("/proposals/{id:int}/options/{optionId:int}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> ChangeOption(int id, int optionId, string? name, int? move, bool delete, int version, CancellationToken cancellationToken)
    {
        var result = await proposals.ChangeOptionAsync(id, optionId, name, move, delete, version, User.ActorId(), cancellationToken);
        return result.Succeeded
            ? Redirect($"/proposals/{id}{(delete ? "" : $"?option={optionId}")}")
            : await AnswerAsync(id, delete ? null : optionId, result, cancellationToken, full: true);
    }

    /// <summary>Workflow steps from the builder; approve and reject need an approver.</summary>
    [HttpPost("/proposals/{id:int}/actions/{step}")]
    public async Task<IActionResult> Act(int id, string step, string? comment, int version, int? option, CancellationToken cancellationToken)
    {
        if (!DiscoveryTerms.TryParse<ProposalAction>(step, out var parsed) || parsed == ProposalAction.Edit)
        {
            return NotFound();
        }
        var policy = parsed is ProposalAction.Approve or ProposalAction.Reject ? Policies.ApproveProposals : Policies.EditProposals;
        if (!await Allowed(policy))
        {
            return Forbid();
        }
        var result = await proposals.ActAsync(id, parsed, new WorkflowInput(comment, version), User.ActorId(), cancellationToken);
        return result.Succeeded ? Redirect($"/proposals/{id}{(option is null ? "" : $"?option={option}")}") : await AnswerAsync(id, option, result, cancellationToken, full: true);
    }

    /// <summary>After a change: the working area for htmx, a redirect for a plain form; a refusal shows its reason and the fresh state.</summary>
    private async Task<IActionResult> AnswerAsync(int id, int? optionId, WriteResult result, CancellationToken cancellationToken,
        int? lineId = null, string? quantity = null, string? discount = null, string? itemCode = null, bool full = false)
    {
        if (result.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        if (result.Succeeded && !Request.IsHtmx())
        {
            return Redirect($"/proposals/{id}{(optionId is null ? "" : $"?option={optionId}")}");
        }
        var model = await ModelAsync(id, optionId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            // A stale version shows the fresh state with the message; other refusals keep what was typed next to its field.
            model = model with
            {
                Problem = result.Status == StatusCodes.Status409Conflict
                    ? new BuilderProblem(result.Problem ?? "", [])
                    : new BuilderProblem(result.Problem ?? "", result.Errors ?? [], lineId, quantity, discount, itemCode),
            };
            Response.StatusCode = result.Status;
        }
        return Request.IsHtmx() && !full ? PartialView("_Workspace", model) : View("Builder", model);
    }

    private async Task<BuilderViewModel?> ModelAsync(int id, int? optionId, CancellationToken cancellationToken)
    {
        if (await proposals.ReadAsync(id, cancellationToken) is not { } read)
        {
            return null;
        }
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.PainPoints).Include(o => o.Stakeholders).AsSplitQuery()
            .FirstAsync(o => o.Id == read.Proposal.OpportunityId, cancellationToken);
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == opportunity.AccountId, cancellationToken);
        var selected = read.Options.FirstOrDefault(o => o.Option.Id == optionId) ?? read.Options[0];
        var keyPeople = opportunity.Stakeholders.Where(s => s.Role is StakeholderRole.EconomicBuyer or StakeholderRole.Champion or StakeholderRole.DecisionMaker)
            .OrderBy(s => s.Role).ThenByDescending(s => s.Influence).ToList();
        ViewData["Title"] = read.Proposal.Title;
        ViewData["Section"] = "Proposals";
        var can = new BuilderPermissions(await Allowed(Policies.EditProposals), await Allowed(Policies.ApproveProposals), Policies.CanSeeCosts(User));
        return new BuilderViewModel(read.Proposal, opportunity, account.Name, read.Options, selected, read.Context, opportunity.PainPoints.ToDictionary(p => p.Id), keyPeople, can)
        {
            Revisions = await revisions.ListAsync(id, cancellationToken),
            TextFailures = documents.TextFailures(read.Options,
                new ProposalTextData(account.Name, account.Industry, account.Region, opportunity.Name, read.Proposal.Currency)),
            People = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken),
        };
    }

    private async Task<bool> Allowed(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private IQueryable<ProposalRow> Rows(IQueryable<Proposal> query) =>
        from p in query
        join o in db.Opportunities on p.OpportunityId equals o.Id
        join a in db.Accounts on o.AccountId equals a.Id
        select new ProposalRow(p.Id, p.Title, a.Name + " — " + o.Name, o.Id, p.Status, p.Currency, p.Version, p.CreatedAt);
}
