namespace Configurator.Domain.Discovery;

/// <summary>A pain point's yearly cost as the client agreed it: the amount, who at the client confirmed it (name and title as they were then) and when.</summary>
public sealed record ConfirmedBaseline(decimal Amount, int? PersonId, string Name, string Title, DateOnly ConfirmedOn);
