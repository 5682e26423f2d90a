namespace Configurator.Domain.Discovery;

/// <summary>A timeline entry's sentence and the clauses of its detail, as words a page can say in any language.</summary>
public sealed record ActivityWords(ActivityText Summary, IReadOnlyList<ActivityText> Detail);
