namespace Configurator.Web.Features.Discovery;

/// <summary>A money field's text as understood ("Understood as EUR 45,000"), or why it cannot be; both null for an empty field.</summary>
public sealed record AmountUnderstoodModel(string? Understood, string? Problem);
