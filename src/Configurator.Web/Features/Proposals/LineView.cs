using Configurator.Domain.Engine;

namespace Configurator.Web.Features.Proposals;

/// <summary>One line of the selected option as the builder shows it, with the values typed if a change to it was refused.</summary>
public sealed record LineView(BuilderViewModel Builder, PricedLine Priced)
{
    public BuilderProblem? Problem => Builder.Problem?.LineId == Priced.Line.Id ? Builder.Problem : null;

    public IEnumerable<EngineIssue> Issues => Builder.Selected.Evaluation.Issues.Where(i => i.LineId == Priced.Line.Id);

    /// <summary>The ids of the pain points the line answers, for the highlight.</summary>
    public string Answers => string.Join(' ', Builder.Selected.Evaluation.Answers.FirstOrDefault(a => a.LineId == Priced.Line.Id)?.PainPointIds ?? []);
}
