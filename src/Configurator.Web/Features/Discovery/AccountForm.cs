namespace Configurator.Web.Features.Discovery;

public sealed class AccountForm
{
    public string? Name { get; set; }

    public string? Industry { get; set; }

    public string? Region { get; set; }

    public string? Size { get; set; }

    public string? Notes { get; set; }
}
