namespace Configurator.Web.Features.Portal;

/// <summary>The accept form as posted: the option, the typed name and title, the authority box, and the drawn signature as a PNG data URL (empty when none was drawn).</summary>
public sealed record AcceptInput(int? OptionId, string? Name, string? Title, bool Authorised, string? Signature);
