using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Notifications;

/// <summary>The builder's question threads, rendered where the builder includes them; nothing when the proposal was never sent.</summary>
public sealed class ClientQuestionsPanel(QuestionAnswers answers) : ViewComponent
{
    public const string ViewPath = "/Features/Proposals/_ClientQuestions.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(int proposalId)
    {
        var model = await answers.PanelAsync(proposalId, UserClaimsPrincipal, HttpContext.RequestAborted);
        return model is null || model.Threads.Count == 0 ? Content("") : View(ViewPath, model);
    }
}
