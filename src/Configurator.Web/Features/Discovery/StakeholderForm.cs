namespace Configurator.Web.Features.Discovery;

public sealed class StakeholderForm
{
    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? Role { get; set; }

    public string? Stance { get; set; } = "unknown";

    public int? Influence { get; set; } = 3;
}
