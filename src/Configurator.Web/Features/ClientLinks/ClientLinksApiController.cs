using Configurator.Domain.Portal;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>Sending revisions to the client for integrations: presales send and revoke, everyone who reads the proposal reads its engagement.</summary>
[Route("/api/v1/proposals/{id:int}")]
public sealed class ClientLinksApiController(ClientLinkService links, IConfiguration configuration) : ApiControllerBase
{
    /// <summary>One personal link per recipient; the URLs are in this answer only (the database keeps their hashes).</summary>
    [HttpPost("revisions/{number:int}/send")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Send(int id, int number, SendInput? input, CancellationToken cancellationToken)
    {
        var outcome = await links.SendAsync(id, number, input ?? new SendInput(null, null, null), User.ActorId(), PublicBaseUrl.Of(Request, configuration), cancellationToken);
        if (!outcome.Result.Succeeded)
        {
            return outcome.Result.Problem(Response);
        }
        return Created($"/api/v1/proposals/{id}/engagement", new
        {
            links = outcome.Links.Select(l => new { l.StakeholderId, l.LinkId, l.Url }),
            emailed = outcome.Mailed,
        });
    }

    [HttpGet("engagement")]
    public async Task<IActionResult> Engagement(int id, CancellationToken cancellationToken) =>
        await links.EngagementAsync(id, cancellationToken) is { } rows
            ? Ok(new { recipients = rows.Select(Json) })
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no proposal with the id {id}.");

    [HttpPost("links/{linkId:int}/revoke")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Revoke(int id, int linkId, CancellationToken cancellationToken)
    {
        var (result, row) = await links.RevokeAsync(id, linkId, User.ActorId(), cancellationToken);
        return result.Succeeded ? Ok(Json(row!)) : result.Problem(Response);
    }

    private static object Json(EngagementRow row) => new
    {
        row.LinkId,
        row.StakeholderId,
        row.Name,
        row.Email,
        row.Revision,
        state = Code(row.State),
        row.SentAt,
        row.ExpiresAt,
        row.FirstOpenedAt,
        row.LastOpenedAt,
        row.Views,
        row.SecondsSpent,
        row.Downloads,
        row.ChosenOptionId,
        decision = row.Decision is { } d
            ? new
            {
                kind = d.Kind == ClientDecisionKind.Accepted ? "accepted" : "declined",
                d.At,
                d.OptionId,
                reason = d.Reason is { } reason ? ReasonCode(reason) : null,
                d.Text,
            }
            : null,
    };

    public static string Code(ClientLinkState state) => state.ToString().ToLowerInvariant();

    public static string ReasonCode(DeclineReason reason) => reason switch
    {
        DeclineReason.NoBudget => "no-budget",
        DeclineReason.NotAFit => "not-a-fit",
        _ => reason.ToString().ToLowerInvariant(),
    };
}
