using Configurator.Domain.Discovery;
using Configurator.Domain.Proposals;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.ContentBlocks;

/// <summary>
/// Reusable content blocks in the catalogue (case studies, references, certifications): product managers
/// write them in Markdown, in English and Chinese, and tag them by industry and pain category; presales
/// insert copies into proposals from the sections page, which suggests the blocks that fit the client.
/// </summary>
[Route("/catalogue/blocks")]
public sealed class ContentBlocksController(ConfiguratorDbContext db, AccountChoices choices, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var blocks = await db.ContentBlocks.AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Title).ToListAsync(cancellationToken);
        ViewData["Title"] = T["Content blocks"].Value;
        ViewData["Section"] = "Catalogue";
        return View("Index", new ContentBlocksViewModel(blocks, User.IsInRole(Roles.ProductManager)));
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public Task<IActionResult> New(CancellationToken cancellationToken) =>
        EditorAsync(null, new ContentBlockForm { Kind = ContentBlock.Kinds[0] }, new Dictionary<string, string>(), null, StatusCodes.Status200OK, cancellationToken);

    [HttpGet("{id:int}")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public async Task<IActionResult> Edit(int id, string? saved, CancellationToken cancellationToken)
    {
        if (await db.ContentBlocks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is not { } block)
        {
            return NotFound();
        }
        var form = new ContentBlockForm
        {
            Kind = block.Kind,
            Title = block.Title,
            Text = block.Text,
            TitleZh = block.TitleZh,
            TextZh = block.TextZh,
            Industries = [.. block.IndustryTags],
            Categories = [.. block.CategoryTags],
            Version = block.Version,
        };
        return await EditorAsync(id, form, new Dictionary<string, string>(), saved is null ? null : T["Saved. Proposals that copied the block keep their copy."].Value,
            StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public Task<IActionResult> Create([FromForm] ContentBlockForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpPost("{id:int}")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public Task<IActionResult> Update(int id, [FromForm] ContentBlockForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    private async Task<IActionResult> SaveAsync(int? id, ContentBlockForm form, CancellationToken cancellationToken)
    {
        var block = id is { } existing ? await db.ContentBlocks.FirstOrDefaultAsync(b => b.Id == existing, cancellationToken) : ContentBlock.New();
        if (block is null)
        {
            return NotFound();
        }
        if (id is not null && block.Version != form.Version)
        {
            return await EditorAsync(id, form, new Dictionary<string, string>(),
                T["Someone changed this block while you were editing; nothing of yours was saved. Reload it and apply your change again."].Value, StatusCodes.Status409Conflict, cancellationToken);
        }
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, text) in new[] { ("text", form.Text), ("textZh", form.TextZh) })
        {
            if (SafeMarkdown.Check(text ?? "") is [var problem, ..])
            {
                errors[field] = SectionWords.Markdown(T, problem.Code) ?? problem.Message;
            }
        }
        var categories = await db.PainCategories.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken);
        var issues = block.Write(form.Kind, form.Title, form.Text, form.TitleZh, form.TextZh,
            form.Industries.Where(i => choices.Industries.Values.Contains(i, StringComparer.OrdinalIgnoreCase)),
            form.Categories.Where(categories.Contains), clock.GetUtcNow());
        foreach (var issue in issues)
        {
            errors.TryAdd(issue.Field ?? "", Say(issue));
        }
        if (errors.Count > 0)
        {
            // Nothing is saved: a refused write changed nothing, and the request's context is dropped.
            return await EditorAsync(id, form, errors, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }
        if (id is null)
        {
            db.ContentBlocks.Add(block);
        }
        var result = await db.SaveOrConflictAsync(cancellationToken,
            conflict: T["Someone changed this block while you were editing; nothing of yours was saved. Reload it and apply your change again."]);
        if (!result.Succeeded)
        {
            return await EditorAsync(id, form, new Dictionary<string, string>(), result.Message, StatusCodes.Status409Conflict, cancellationToken);
        }
        return Redirect($"/catalogue/blocks/{block.Id}?saved=1");
    }

    // The domain's refusal in the page's words.
    private string Say(ProposalIssue issue) => issue.Code switch
    {
        "block-kind-unknown" => T["Choose what the block is: a case study, a reference or a certification."],
        "block-title-too-long" => T["Keep the title to {0} characters.", ContentBlock.TitleMaxLength],
        "block-text-too-long" => T["Keep the text to {0} characters.", ContentBlock.TextMaxLength.ToString("N0")],
        "block-tags-too-long" => T["Tag the block with fewer industries or pain categories."],
        _ => T[issue.Message],
    };

    private async Task<IActionResult> EditorAsync(int? id, ContentBlockForm form, IReadOnlyDictionary<string, string> errors, string? message, int status, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        var categories = (await db.PainCategories.AsNoTracking().ToListAsync(cancellationToken))
            .Select(c => (c.Code, c.ToSpec().TextsFor(language).Name)).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        ViewData["Title"] = id is null ? T["New content block"].Value : T["Content block: {0}", form.Title ?? ""].Value;
        ViewData["Section"] = "Catalogue";
        Response.StatusCode = status;
        return View("Editor", new ContentBlockEditor(id, form, choices.Industries.Values, categories, errors, message));
    }
}
