using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>A person of the account with how to reach them and the deals they are in.</summary>
public sealed record AccountPersonRow(Person Person, IReadOnlyList<AccountPersonDeal> Deals);
