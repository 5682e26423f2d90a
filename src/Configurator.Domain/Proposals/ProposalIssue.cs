namespace Configurator.Domain.Proposals;

/// <summary>
/// Why a proposal refused a change, with a stable <see cref="Code"/>. An issue with a <see cref="Field"/>
/// is about a value the person gave (the field's path, e.g. <c>quantity</c>); one without is about the
/// state the proposal is in (e.g. it was already sent), whatever the values.
/// </summary>
public sealed record ProposalIssue(string Code, string Message, string? Field = null)
{
    public bool IsAboutInput => Field is not null;
}
