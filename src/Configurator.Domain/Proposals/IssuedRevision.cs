namespace Configurator.Domain.Proposals;

/// <summary>The number of an issued revision and when it was issued: what "mark as sent" hands to the client.</summary>
public sealed record IssuedRevision(int Number, DateTimeOffset IssuedAt);
