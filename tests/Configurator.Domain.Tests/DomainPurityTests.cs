using Configurator.Domain.Users;

namespace Configurator.Domain.Tests;

public sealed class DomainPurityTests
{
    [Fact]
    public void TheDomainReferencesOnlyTheFramework()
    {
        var references = typeof(Roles).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name is "System" or "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal),
            $"Configurator.Domain references {name}; the domain may use only the framework."));
    }
}
