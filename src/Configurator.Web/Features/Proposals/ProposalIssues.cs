using Configurator.Domain.Proposals;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Proposals;

/// <summary>What the proposal said, as a use-case result: issues about values are field errors, issues about its state a conflict.</summary>
public static class ProposalIssues
{
    public static UseCaseResult ToResult(this IReadOnlyList<ProposalIssue> issues) =>
        issues.Count == 0 ? UseCaseResult.Done()
        : issues.Any(i => i.IsAboutInput) ? UseCaseResult.Invalid(issues.Where(i => i.IsAboutInput).Select(i => new FieldError(i.Field!, i.Message, i.Code)))
        : UseCaseResult.Conflict(issues[0].Message);
}
