using Configurator.Domain.Engine;

namespace Configurator.Domain.Proposals;

/// <summary>One option with everything the engine says about it.</summary>
public sealed record EvaluatedOption(ProposalOption Option, Evaluation Evaluation)
{
    /// <summary>Approval is needed when any option needs it; each reason names its option when there are several.</summary>
    public static Approval ApprovalOf(IReadOnlyList<EvaluatedOption> options)
    {
        var reasons = options.SelectMany(o => o.Evaluation.Approval.Reasons.Select(r => options.Count > 1 ? $"{o.Option.Name}: {r}" : r)).ToList();
        return new Approval(reasons.Count > 0, reasons);
    }
}
