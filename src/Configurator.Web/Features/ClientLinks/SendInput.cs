namespace Configurator.Web.Features.ClientLinks;

/// <summary>
/// What the sender chose: the opportunity's people to send to (stakeholder ids), a message, and an expiry
/// (a date, "2027-01-31", or a moment; none for the default). The expiry is text so that an unreadable one
/// is refused next to its field like any other value.
/// </summary>
public sealed record SendInput(IReadOnlyList<int>? Recipients, string? Message, string? ExpiresAt);
