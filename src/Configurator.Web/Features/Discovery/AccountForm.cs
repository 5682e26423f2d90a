namespace Configurator.Web.Features.Discovery;

public sealed class AccountForm
{
    public string? Name { get; set; }

    public string? Industry { get; set; }

    public string? Region { get; set; }

    public string? Size { get; set; }

    public string? Notes { get; set; }

    /// <summary>Set when an existing account is edited; a stale version is refused.</summary>
    public int? Id { get; set; }

    public int Version { get; set; }

    /// <summary>Ticked after the page warned of accounts with a similar name: a new one is meant all the same.</summary>
    public bool AllowSimilar { get; set; }

    public AccountInput ToInput() => new(Name, Industry, Region, Size, Notes, AllowSimilar);
}
