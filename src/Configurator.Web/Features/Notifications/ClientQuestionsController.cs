using Configurator.Web.Features.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Notifications;

/// <summary>
/// Answers a client's question from the builder. With htmx the panel is redrawn in place; without script a saved
/// answer goes back to the builder, and a refused one shows the thread on its own page with the reason beside the box.
/// </summary>
[Authorize]
public sealed class ClientQuestionsController(QuestionAnswers answers, IStringLocalizer<Text> T) : Controller
{
    [HttpPost("/proposals/{id:int}/questions/{linkId:int}/answers")]
    public async Task<IActionResult> Answer(int id, int linkId, [FromForm] string? text, CancellationToken cancellationToken)
    {
        switch (await answers.MayAnswerAsync(id, User, cancellationToken))
        {
            case null:
                return NotFound();
            case false:
                return Forbid();
        }
        var (result, emailed) = await answers.AnswerAsync(id, linkId, User, text, cancellationToken);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }
        var panel = (await answers.PanelAsync(id, User, cancellationToken))!;
        if (result.Succeeded)
        {
            panel = panel with { AnsweredLinkId = linkId, Emailed = emailed };
            return Request.IsHtmx() ? PartialView(ClientQuestionsPanel.ViewPath, panel) : Redirect($"{BuilderUrls.Proposal(id)}#client-questions");
        }
        panel = panel with { ProblemLinkId = linkId, Problem = result.For("text"), Typed = text };
        Response.StatusCode = result.StatusCode();
        if (Request.IsHtmx())
        {
            return PartialView(ClientQuestionsPanel.ViewPath, panel);
        }
        ViewData["Title"] = T["Questions from the client"].Value;
        return View("/Features/Notifications/Questions.cshtml", panel);
    }
}
