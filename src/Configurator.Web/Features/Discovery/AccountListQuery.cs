namespace Configurator.Web.Features.Discovery;

/// <summary>The account list's filters as sent (page or API); <see cref="AccountList"/> checks them.</summary>
public sealed class AccountListQuery
{
    public string? Q { get; set; }

    public string? Industry { get; set; }

    public string? Region { get; set; }

    /// <summary>A user's id, <c>me</c>, or empty for anyone.</summary>
    public string? Owner { get; set; }
}
