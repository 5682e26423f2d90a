using Configurator.Domain.Proposals;

namespace Configurator.Web.Features.Proposals;

public sealed record CompareViewModel(Proposal Proposal, int Number, RevisionComparison Comparison)
{
    public string Money(decimal? amount) => amount is { } value ? Localization.Display.Money(value, Proposal.Currency) : "—";
}
