namespace Configurator.Domain.Discovery;

/// <summary>The periods a rep looks at closing deals by, counted from today's calendar date.</summary>
public enum ClosePeriod
{
    ThisMonth,
    ThisQuarter,
}
