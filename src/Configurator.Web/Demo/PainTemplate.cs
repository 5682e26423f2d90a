namespace Configurator.Web.Demo;

/// <summary>
/// One pain point as clients tell it: the rep's title, the client's words and how severe it is, kept
/// together so they cannot drift apart. Where the words name a yearly cost, they hold <see cref="Amount"/>
/// and the generator records exactly that amount as the annual impact.
/// </summary>
public sealed record PainTemplate(string Title, string ClientWords, int Severity)
{
    public const string Amount = "{amount}";

    public bool StatesImpact => ClientWords.Contains(Amount, StringComparison.Ordinal);
}
