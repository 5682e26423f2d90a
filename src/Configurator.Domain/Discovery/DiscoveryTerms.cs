namespace Configurator.Domain.Discovery;

/// <summary>The API's words for discovery enumerations (economic-buyer, solution-design): <see cref="ContractCode"/>'s, under the names discovery code reads.</summary>
public static class DiscoveryTerms
{
    public static string Code<T>(T value)
        where T : struct, Enum => ContractCode.Of(value);

    public static bool TryParse<T>(string? code, out T value)
        where T : struct, Enum => ContractCode.TryParse(code, out value);

    public static string AllCodes<T>()
        where T : struct, Enum => ContractCode.All<T>();
}
