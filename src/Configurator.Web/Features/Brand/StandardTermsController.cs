using Configurator.Domain.Proposals;
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

namespace Configurator.Web.Features.Brand;

/// <summary>The standard terms and conditions per document language, kept by admins beside the brand: a proposal prints them unless presales wrote its own.</summary>
[Authorize(Policy = Policies.ManageUsers)]
[Route("/admin/brand/terms")]
public sealed class StandardTermsController(ConfiguratorDbContext db, TimeProvider clock, IStringLocalizer<Text> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? saved, CancellationToken cancellationToken)
    {
        var stored = await db.StandardTerms.AsNoTracking().ToDictionaryAsync(t => t.Language, cancellationToken);
        return Page(Languages.All.ToDictionary(l => l, l => stored.GetValueOrDefault(l)?.Text ?? "", StringComparer.Ordinal), new Dictionary<string, string>(),
            saved is null ? null : T["Saved. Proposals without terms of their own print these from now on; issued revisions keep theirs."].Value, VersionsOf(stored));
    }

    /// <summary>Saves every language's text at once, or nothing when one is refused (too long, or a table too large for a page).</summary>
    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromForm] Dictionary<string, string?> terms, [FromForm] Dictionary<string, int> versions, CancellationToken cancellationToken)
    {
        var typed = Languages.All.ToDictionary(l => l, l => terms.GetValueOrDefault(l) ?? "", StringComparer.Ordinal);
        var stored = await db.StandardTerms.ToDictionaryAsync(t => t.Language, cancellationToken);
        // Each language's text names the version the page showed (0 before its first save): someone else's save since is never overwritten unseen.
        var changed = Languages.All.Where(l => (stored.GetValueOrDefault(l)?.Version ?? 0) != versions.GetValueOrDefault(l)).ToList();
        if (changed.Count > 0)
        {
            var names = await UserNames.LoadAsync(db, [.. changed.Select(l => stored[l].ChangedById)], cancellationToken);
            return Conflict(typed, stored, changed,
                T["{0} saved the standard terms while you were editing. Nothing of yours was saved: their text is shown above the box, yours is kept in it. Check both and save again.",
                    T.Person(names.NameOf(stored[changed[0]].ChangedById))]);
        }
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
            return Page(typed, errors, null, Languages.All.ToDictionary(l => l, l => versions.GetValueOrDefault(l), StringComparer.Ordinal));
        }
        // Two first saves race for the same row, or a save lands between the check and this one: the other save won.
        var result = await db.SaveOrConflictAsync(cancellationToken,
            conflict: T["Someone saved the standard terms at the same moment. Nothing of yours was saved: their text is shown above the box, yours is kept in it. Check both and save again."]);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            var current = await db.StandardTerms.AsNoTracking().ToDictionaryAsync(t => t.Language, cancellationToken);
            return Conflict(typed, current, [.. Languages.All.Where(current.ContainsKey)], result.Message ?? "");
        }
        return Redirect("/admin/brand/terms?saved=1");
    }

    private static Dictionary<string, int> VersionsOf(IReadOnlyDictionary<string, StandardTerms> stored) =>
        Languages.All.ToDictionary(l => l, l => stored.GetValueOrDefault(l)?.Version ?? 0, StringComparer.Ordinal);

    // What was typed stays in the boxes; what the other admin saved shows above them; the next save names the versions shown now.
    private ViewResult Conflict(IReadOnlyDictionary<string, string> typed, IReadOnlyDictionary<string, StandardTerms> stored, IReadOnlyList<string> changed, string problem)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page(new StandardTermsViewModel(typed, new Dictionary<string, string>(), null)
        {
            Versions = VersionsOf(stored),
            Problem = problem,
            Theirs = changed.Where(stored.ContainsKey).ToDictionary(l => l, l => stored[l].Text, StringComparer.Ordinal),
        });
    }

    private ViewResult Page(IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, string> errors, string? message, IReadOnlyDictionary<string, int> versions) =>
        Page(new StandardTermsViewModel(texts, errors, message) { Versions = versions });

    private ViewResult Page(StandardTermsViewModel model)
    {
        ViewData["Title"] = T["Standard terms and conditions"].Value;
        ViewData["Section"] = "Admin";
        return View("Terms", model);
    }
}

/// <summary>
/// The standard terms page: the text per language, what was refused per language, a message after saving,
/// the version of each language's text the page shows, and after a conflict what the other admin saved.
/// </summary>
public sealed record StandardTermsViewModel(IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, string> Errors, string? Message)
{
    public IReadOnlyDictionary<string, int> Versions { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, string> Theirs { get; init; } = new Dictionary<string, string>();

    public string? Problem { get; init; }
}
