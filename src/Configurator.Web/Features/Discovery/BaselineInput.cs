using Configurator.Domain.Discovery;
using Configurator.Web.Features.Shared;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The yearly cost of a pain point as the client agreed it: <see cref="ConfirmedBy"/> is the id of a person
/// of the deal's account, <see cref="ConfirmedOn"/> the day they confirmed it; <see cref="Version"/> the pain
/// point's version the change is based on.
/// </summary>
public sealed record BaselineInput(decimal? Amount, int? ConfirmedBy, DateOnly? ConfirmedOn, int? Version = null)
{
    public IReadOnlyList<FieldError> Problems(bool personKnown, DateOnly today) =>
        DiscoveryValidation.Baseline(Amount, personKnown, ConfirmedOn, today).ToFieldErrors();
}
