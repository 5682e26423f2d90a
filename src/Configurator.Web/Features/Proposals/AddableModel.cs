namespace Configurator.Web.Features.Proposals;

/// <summary>Search results for "add item": items that can be added first (those answering open pain before the rest), then those that cannot, each saying why.</summary>
public sealed record AddableModel(string Query, IReadOnlyList<AddableItem> Items, string LinesUrl, int Version);
