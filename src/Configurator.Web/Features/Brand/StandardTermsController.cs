using Configurator.Domain.Proposals;
using Configurator.Web.Data;
using Configurator.Web.Documents;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Brand;

/// <summary>The standard terms and conditions per document language, kept by admins beside the brand: a proposal prints them unless presales wrote its own.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/brand/terms")]
public sealed class StandardTermsController(ConfiguratorDbContext db, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? saved, CancellationToken cancellationToken)
    {
        var stored = await db.StandardTerms.AsNoTracking().ToDictionaryAsync(t => t.Language, t => t.Text, cancellationToken);
        return Page(Languages.All.ToDictionary(l => l, l => stored.GetValueOrDefault(l, ""), StringComparer.Ordinal), new Dictionary<string, string>(),
            saved is null ? null : T["Saved. Proposals without terms of their own print these from now on; issued revisions keep theirs."].Value);
    }

    /// <summary>Saves every language's text at once, or nothing when one is refused (too long, or a table too large for a page).</summary>
    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromForm] Dictionary<string, string?> terms, CancellationToken cancellationToken)
    {
        var typed = Languages.All.ToDictionary(l => l, l => terms.GetValueOrDefault(l) ?? "", StringComparer.Ordinal);
        var stored = await db.StandardTerms.ToDictionaryAsync(t => t.Language, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var (language, text) in typed)
        {
            if (SafeMarkdown.Check(text) is [var problem, ..])
            {
                errors[language] = SectionWords.Markdown(T, problem.Code) ?? problem.Message;
                continue;
            }
            var row = stored.GetValueOrDefault(language);
            if (row is null)
            {
                row = StandardTerms.For(language);
                db.StandardTerms.Add(row);
            }
            if (row.Write(text, User.ActorId(), now) is not null)
            {
                errors[language] = T["Keep this section to {0} characters; it has {1}. Shorten it, or send detail separately.",
                    ProposalSectionKind.Terms.MaxLength.ToString("N0"), ProposalSectionKind.Terms.Check(text).Text.Length.ToString("N0")];
            }
        }
        if (errors.Count > 0)
        {
            // Nothing is saved: the tracked rows are dropped with the request.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page(typed, errors, null);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/admin/brand/terms?saved=1");
    }

    private ViewResult Page(IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, string> errors, string? message)
    {
        ViewData["Title"] = T["Standard terms and conditions"].Value;
        ViewData["Section"] = "Admin";
        return View("Terms", new StandardTermsViewModel(texts, errors, message));
    }
}

/// <summary>The standard terms page: the text per language, what was refused per language, and a message after saving.</summary>
public sealed record StandardTermsViewModel(IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, string> Errors, string? Message);
