namespace Configurator.Web.Features.Discovery;

public sealed class AccountListQuery
{
    public string? Q { get; set; }

    public string? Industry { get; set; }

    public string? Region { get; set; }

    public string? Owner { get; set; }
}
