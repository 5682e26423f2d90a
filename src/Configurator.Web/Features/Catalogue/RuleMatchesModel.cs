namespace Configurator.Web.Features.Catalogue;

/// <summary>The items a rule picker's search finds, at most <see cref="Limit"/> of them, and how many more there are.</summary>
public sealed record RuleMatchesModel(string Field, string Query, IReadOnlyList<(string Code, string Name)> Matches, int More)
{
    public const int Limit = 8;

    public static RuleMatchesModel Empty(string field) => new(field, "", [], 0);
}
