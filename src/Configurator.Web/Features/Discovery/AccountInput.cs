using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// An account as a caller sent it (the API's body, or a page's form): every value may be missing or
/// wrong. <see cref="AllowSimilar"/> says the caller knows of accounts with a similar name and means a new one.
/// </summary>
public sealed record AccountInput(string? Name, string? Industry, string? Region, string? Size, string? Notes, bool? AllowSimilar = null)
{
    public AccountDetails ToDetails() => new(Name, Industry, Region, Size, Notes);

    public IReadOnlyList<FieldError> Problems(AccountChoices choices) => DiscoveryValidation.Account(ToDetails(), choices).ToFieldErrors();
}
