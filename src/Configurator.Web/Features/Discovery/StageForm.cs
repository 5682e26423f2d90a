namespace Configurator.Web.Features.Discovery;

/// <summary>Moving an opportunity to another stage: the manual playbook actions ticked, and a reason when items stay open.</summary>
public sealed class StageForm
{
    public string? Stage { get; set; }

    public string? Reason { get; set; }

    public List<string> Confirmed { get; set; } = [];
}
