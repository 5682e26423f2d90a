namespace Configurator.Web.Features.Discovery;

/// <summary>The next-step form on the opportunity page.</summary>
public sealed class NextStepForm
{
    public string? NextStep { get; set; }

    public DateOnly? NextStepDue { get; set; }

    public int Version { get; set; }
}
