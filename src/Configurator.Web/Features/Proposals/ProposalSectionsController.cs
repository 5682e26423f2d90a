using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.ContentBlocks;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// The builder's "Sections" page: what presales write in Markdown (introduction, understanding, approach,
/// references, closing, terms), each with a preview of what the document prints, and the content blocks
/// to insert. Plain forms that post; htmx answers the section alone and previews as they type.
/// </summary>
public sealed class ProposalSectionsController(ConfiguratorDbContext db, ProposalService proposals, SectionStarters starters,
    ContentBlockSuggestions suggestions, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("/proposals/{id:int}/sections")]
    public async Task<IActionResult> Index(int id, string? start, CancellationToken cancellationToken)
    {
        if (await proposals.LoadAsync(id, cancellationToken) is not { } proposal)
        {
            return NotFound();
        }
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ProposalSectionKind.Find(start) is { } kind && proposal.SectionText(kind).Length == 0)
        {
            typed[kind.Code] = await starters.StartAsync(proposal, kind, User.DisplayName(), cancellationToken);
        }
        return await PageAsync(proposal, typed, null, null, cancellationToken);
    }

    /// <summary>Saves a section (or, with <c>preview</c>, shows what it would print without saving).</summary>
    [HttpPost("/proposals/{id:int}/sections/{section}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Save(int id, string section, string? text, int? version, string? preview, CancellationToken cancellationToken)
    {
        if (ProposalSectionKind.Find(section) is not { } kind)
        {
            return NotFound();
        }
        if (preview is not null)
        {
            return await Typed(id, kind, text ?? "", null, null, cancellationToken);
        }
        var result = await proposals.WriteSectionAsync(id, kind.Code, new SectionInput(text, version), User.ActorId(), cancellationToken);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        if (result.Succeeded && !Request.IsHtmx())
        {
            return Redirect($"{SectionUrls.Page(id)}#section-{kind.Code}");
        }
        Response.StatusCode = result.StatusCode();
        var field = result.FieldErrors.FirstOrDefault(e => e.Field == "text") is { } error ? Words(error, kind, text ?? "") : null;
        var problem = result.Succeeded || field is not null ? null : T[result.Message ?? ""].Value;
        return result.Succeeded
            ? await Typed(id, kind, null, null, null, cancellationToken)
            : await Typed(id, kind, text ?? "", field, problem, cancellationToken);
    }

    /// <summary>The preview of what is typed, for htmx as presales type; nothing is saved.</summary>
    [HttpPost("/proposals/{id:int}/sections/{section}/preview")]
    [Authorize(Policy = Policies.EditProposals)]
    public IActionResult Preview(int id, string section, string? text)
    {
        if (ProposalSectionKind.Find(section) is not { } kind)
        {
            return NotFound();
        }
        var markdown = text ?? "";
        var refused = SafeMarkdown.Check(markdown).Count > 0 || kind.Check(markdown).Problem is not null;
        return PartialView("_SectionPreview", new SectionEditor(kind, markdown, refused ? "" : SafeMarkdown.ToHtml(markdown), false, null));
    }

    /// <summary>Copies a content block into the proposal's references.</summary>
    [HttpPost("/proposals/{id:int}/blocks/{blockId:int}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Insert(int id, int blockId, int? version, CancellationToken cancellationToken)
    {
        var result = await proposals.InsertBlockAsync(id, blockId, version, User.ActorId(), cancellationToken);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            return Redirect($"{SectionUrls.Page(id)}#section-{ProposalSectionKind.References.Code}");
        }
        Response.StatusCode = result.StatusCode();
        var proposal = (await proposals.LoadAsync(id, cancellationToken))!;
        var kind = ProposalSectionKind.References;
        var message = result.FieldErrors.FirstOrDefault() is { } error ? Words(error, kind, proposal.SectionText(kind)) : T[result.Message ?? ""].Value;
        return await PageAsync(proposal, new Dictionary<string, string>(), null, message, cancellationToken);
    }

    /// <summary>The page, or for htmx the one section with the proposal's version out of band, showing <paramref name="text"/> when given (else what is saved).</summary>
    private async Task<IActionResult> Typed(int id, ProposalSectionKind kind, string? text, string? error, string? problem, CancellationToken cancellationToken)
    {
        if (await proposals.LoadAsync(id, cancellationToken) is not { } proposal)
        {
            return NotFound();
        }
        var typed = text is null ? new Dictionary<string, string>() : new Dictionary<string, string>(StringComparer.Ordinal) { [kind.Code] = text };
        var errors = error is null ? new Dictionary<string, string>() : new Dictionary<string, string>(StringComparer.Ordinal) { [kind.Code] = error };
        if (!Request.IsHtmx())
        {
            return await PageAsync(proposal, typed, errors, problem, cancellationToken);
        }
        var model = Model(proposal, typed, errors, problem);
        return PartialView("_SectionChanged", model with { Changed = model.Sections.First(s => s.Kind == kind) });
    }

    private async Task<IActionResult> PageAsync(Proposal proposal, IReadOnlyDictionary<string, string> typed, IReadOnlyDictionary<string, string>? errors, string? problem,
        CancellationToken cancellationToken)
    {
        var model = Model(proposal, typed, errors ?? new Dictionary<string, string>(), problem);
        var client = await (from o in db.Opportunities
                            join a in db.Accounts on o.AccountId equals a.Id
                            where o.Id == proposal.OpportunityId
                            select new { a.Name }).FirstAsync(cancellationToken);
        var ranked = (await suggestions.ForProposalAsync(proposal.Id, cancellationToken))!;
        var categoryNames = (await db.PainCategories.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(c => c.Code, c => c.ToSpec().TextsFor(proposal.Language).Name, StringComparer.Ordinal);
        model = model with
        {
            ClientName = client.Name,
            Blocks = ranked.Blocks
                .Select(b => new SuggestedBlock(b.Block.Id, b.Block.Kind, b.Block.For(proposal.Language).Title, SafeMarkdown.ToHtml(b.Block.For(proposal.Language).Text),
                    [.. b.MatchedIndustries, .. b.MatchedCategories.Select(c => categoryNames.GetValueOrDefault(c, c))],
                    b.Fit > 0))
                .ToList(),
        };
        ViewData["Title"] = T["Sections of {0}", proposal.Title].Value;
        ViewData["Section"] = "Proposals";
        return View("Sections", model);
    }

    private SectionsViewModel Model(Proposal proposal, IReadOnlyDictionary<string, string> typed, IReadOnlyDictionary<string, string> errors, string? problem)
    {
        var editable = ProposalWorkflow.EditorRoles.Any(User.IsInRole) && proposal.EditRefusal is null;
        var sections = ProposalSectionKind.All.Select(k =>
        {
            var saved = proposal.SectionText(k);
            var text = typed.GetValueOrDefault(k.Code, saved);
            var error = errors.GetValueOrDefault(k.Code);
            return new SectionEditor(k, text, error is null ? SafeMarkdown.ToHtml(text) : "", text == saved, error);
        }).ToList();
        var warning = !editable || !proposal.ChangeReturnsToDraft ? null
            : proposal.Status == ProposalStatus.Approved
                ? T["This proposal is approved. Changing it sends it back to draft: the approver will have to approve it again."].Value
                : T["This proposal is in review. Changing it sends it back to draft and out of the approver's queue: you will have to submit it again."].Value;
        return new SectionsViewModel(proposal, "", sections, editable) { EditWarning = warning, Problem = problem };
    }

    // The domain's refusal in the page's words, next to the field.
    private string Words(FieldError error, ProposalSectionKind kind, string text) => error.Code switch
    {
        ProposalIssueCodes.SectionTooLong => T["Keep this section to {0} characters; it has {1}. Shorten it, or send detail separately.", kind.MaxLength.ToString("N0"), kind.Check(text).Text.Length.ToString("N0")],
        _ => SectionWords.Markdown(T, error.Code) ?? T[error.Message],
    };
}
