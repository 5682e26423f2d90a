namespace Configurator.Domain.Proposals;

/// <summary>
/// Which option a proposal recommends: of three or more (Good / Better / Best) the second, otherwise the first.
/// The document leads with it, and the insights judge a deal by it.
/// </summary>
public static class RecommendedOption
{
    public static int IndexOf(int optionCount) => optionCount >= 3 ? 1 : 0;

    public static T? Of<T>(IReadOnlyList<T> optionsInOrder) where T : class =>
        optionsInOrder.Count == 0 ? null : optionsInOrder[IndexOf(optionsInOrder.Count)];
}
