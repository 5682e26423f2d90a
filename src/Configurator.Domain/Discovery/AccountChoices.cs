namespace Configurator.Domain.Discovery;

/// <summary>The lists an account's industry and region are chosen from, the same in forms and filters.</summary>
public sealed record AccountChoices(ChoiceList Industries, ChoiceList Regions)
{
    /// <summary>Any industry and region: for callers that do not check them.</summary>
    public static readonly AccountChoices Open = new(new ChoiceList([], AllowsOther: true), new ChoiceList([], AllowsOther: true));
}
