using Configurator.Domain.Engine;

namespace Configurator.Web.Features.Proposals;

/// <summary>Search results for "add item": eligible items not yet in the option, those that answer open pain first.</summary>
public sealed record AddableModel(string Query, IReadOnlyList<ItemSnapshot> Items, IReadOnlyDictionary<string, string> Answers, string LinesUrl, int Version, Func<decimal, string> Money)
{
    /// <summary>Why an item cannot join the option (a clash with a line, or with what it requires), by item code.</summary>
    public IReadOnlyDictionary<string, string> Clashes { get; init; } = new Dictionary<string, string>();
}
