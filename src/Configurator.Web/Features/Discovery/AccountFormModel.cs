using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>The account form with the lists it offers and, after a warning, the accounts whose names are like the one typed.</summary>
public sealed record AccountFormModel(AccountForm Form, AccountChoices Choices, IReadOnlyList<AccountMatch> Similar);
