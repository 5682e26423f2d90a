using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>How a send went: the result, the links made (empty when refused), and whether they went out by e-mail.</summary>
public sealed record SendOutcome(UseCaseResult Result, IReadOnlyList<SentLink> Links, bool Mailed, int RevisionNumber)
{
    public static SendOutcome Refused(UseCaseResult result, int revisionNumber) => new(result, [], false, revisionNumber);
}
