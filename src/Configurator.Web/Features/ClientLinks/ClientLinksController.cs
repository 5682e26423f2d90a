using System.Globalization;
using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Domain.Portal;
using Configurator.Web.Data;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>
/// The send page (choose people, a message, an expiry), the page that shows the links once, and revoking a
/// link from the builder's engagement panel. The rules are <see cref="ClientLinkService"/>'s, as for the API.
/// </summary>
[Authorize(Policy = Policies.EditProposals)]
public sealed class ClientLinksController(ConfiguratorDbContext db, ClientLinkService links, ClientLinkMail mail, ClientLinkWords words, IConfiguration configuration,
    IStringLocalizer<Text> T) : Controller
{
    private const string SentKey = "client-links";

    [HttpGet("/proposals/{id:int}/revisions/{number:int}/send")]
    public async Task<IActionResult> Send(int id, int number, int? to, CancellationToken cancellationToken)
    {
        if (await PageAsync(id, number, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        var previous = to is null ? null : await db.ClientLinks.AsNoTracking().Where(l => l.ProposalId == id && l.StakeholderId == to)
            .OrderByDescending(l => l.Id).Select(l => l.Message).FirstOrDefaultAsync(cancellationToken);
        var ticked = to is { } one
            ? page.People.Where(p => p.StakeholderId == one && p.HasEmail)
            : page.People.Where(p => p.EconomicBuyer && p.HasEmail);
        return Show(page with { Ticked = ticked.Select(p => p.StakeholderId).ToHashSet(), Message = previous ?? page.Message });
    }

    [HttpPost("/proposals/{id:int}/revisions/{number:int}/send")]
    public async Task<IActionResult> Send(int id, int number, int[]? recipients, string? message, string? expiresOn, CancellationToken cancellationToken)
    {
        var typed = new { Ticked = (recipients ?? []).ToHashSet(), Message = message ?? "", ExpiresOn = expiresOn ?? "" };
        var refusedText = Hosting.PlainTextModelBinder.Refusals(HttpContext);
        var outcome = refusedText.Count > 0
            ? SendOutcome.Refused(UseCaseResult.Invalid(refusedText.Select(r => new FieldError(r.Field == "expiresOn" ? "expiresAt" : r.Field, r.Message))), number)
            : await links.SendAsync(id, number, new SendInput(recipients ?? [], message, expiresOn), User.ActorId(), PublicBaseUrl.Of(Request, configuration), cancellationToken);
        if (outcome.Result.Outcome == Outcome.NotFound || await PageAsync(id, number, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (outcome.Result.Succeeded)
        {
            TempData[SentKey] = JsonSerializer.Serialize(new SentPageModel(id, page.Title, number, outcome.Links, outcome.Mailed));
            return Redirect(ClientLinkUrls.Sent(id, number));
        }
        Response.StatusCode = outcome.Result.StatusCode();
        string NameAt(string field) =>
            int.TryParse(field.AsSpan("recipients[".Length, Math.Max(0, field.Length - "recipients[".Length - 1)), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && recipients is { } ids && i < ids.Length && page.People.FirstOrDefault(p => p.StakeholderId == ids[i]) is { } person
                ? person.Name : "";
        var errors = outcome.Result.FieldErrors
            .GroupBy(e => e.Field.StartsWith("recipients", StringComparison.Ordinal) ? "recipients" : e.Field)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Code is null ? e.Message : words.Field(e, NameAt)).Distinct()));
        return Show(page with
        {
            Ticked = typed.Ticked,
            Message = typed.Message,
            ExpiresOn = typed.ExpiresOn,
            Errors = errors,
            Problem = outcome.Result.Outcome == Outcome.Conflict && page.Refusal is null ? words.Conflict(outcome.Result) : null,
        });
    }

    /// <summary>The links, once: the page reads them from the redirect's one-time data, so a reload shows them no more.</summary>
    [HttpGet("/proposals/{id:int}/revisions/{number:int}/sent")]
    public async Task<IActionResult> Sent(int id, int number, CancellationToken cancellationToken)
    {
        var title = await db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }
        var model = TempData[SentKey] is string json && JsonSerializer.Deserialize<SentPageModel>(json) is { } sent && sent.ProposalId == id && sent.Revision == number
            ? sent
            : new SentPageModel(id, title, number, [], false);
        ViewData["Title"] = T["Sent: {0}", title].Value;
        ViewData["Section"] = "Proposals";
        return View("Sent", model);
    }

    [HttpPost("/proposals/{id:int}/links/{linkId:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, int linkId, CancellationToken cancellationToken)
    {
        var (result, _) = await links.RevokeAsync(id, linkId, User.ActorId(), cancellationToken);
        return result.Outcome == Outcome.NotFound ? NotFound() : Redirect(ClientLinkUrls.Engagement(id));
    }

    private IActionResult Show(SendPageModel page)
    {
        ViewData["Title"] = T["Send to client: {0}", page.Title].Value;
        ViewData["Section"] = "Proposals";
        return View("Send", page);
    }

    /// <summary>The form as it starts, or null when the proposal or the revision does not exist.</summary>
    private async Task<SendPageModel?> PageAsync(int id, int number, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().Include(p => p.History).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var latest = await db.ProposalRevisions.Where(r => r.ProposalId == id).MaxAsync(r => (int?)r.Number, cancellationToken);
        if (proposal is null || latest is null || number < 1 || number > latest || await links.DefaultsAsync(id, number, cancellationToken) is not { } defaults)
        {
            return null;
        }
        var client = await (from o in db.Opportunities join a in db.Accounts on o.AccountId equals a.Id where o.Id == proposal.OpportunityId select new { o.Id, a.Name })
            .FirstAsync(cancellationToken);
        var people = await db.Stakeholders.AsNoTracking().Include(s => s.Person).Where(s => s.OpportunityId == proposal.OpportunityId).ToListAsync(cancellationToken);
        var refusal = ClientSending.Refusal(proposal, number, latest);
        return new SendPageModel(id, proposal.Title, client.Id, client.Name, number,
            people.OrderByDescending(p => p.Role == StakeholderRole.EconomicBuyer).ThenByDescending(p => p.Influence).ThenBy(p => p.Name, StringComparer.CurrentCulture)
                .Select(p => new SendPerson(p.Id, p.Name, p.Title, p.Person.Email.Trim(), p.Role == StakeholderRole.EconomicBuyer)).ToList())
        {
            Message = mail.DefaultMessage(proposal.Language, client.Name),
            ExpiresOn = defaults.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Refusal = refusal is null ? null : words.Refusal(refusal, proposal, number, latest),
        };
    }
}
