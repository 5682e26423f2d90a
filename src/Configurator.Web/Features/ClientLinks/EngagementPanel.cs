using Configurator.Domain.Portal;
using Configurator.Web.Features.Proposals;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>
/// The builder's "Send to client" and engagement panel, below the revisions: a component, so that the builder's
/// own view model and its fragment answers stay as they are.
/// </summary>
public sealed class EngagementPanel(ClientLinkService links, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(BuilderViewModel builder)
    {
        var proposal = builder.Proposal;
        var latest = builder.Revisions.Count > 0 ? builder.Revisions[0].Number : (int?)null;
        var canSend = builder.Can.Edit && latest is { } number && ClientSending.Refusal(proposal, number, latest) is null;
        var rows = await links.EngagementAsync(proposal.Id, HttpContext.RequestAborted) ?? [];
        var options = proposal.Options.ToDictionary(o => o.Id, o => o.Name);
        return View("/Features/ClientLinks/_Engagement.cshtml", new EngagementPanelModel(proposal.Id, latest, canSend, builder.Can.Edit, rows, options, clock.GetUtcNow()));
    }
}
