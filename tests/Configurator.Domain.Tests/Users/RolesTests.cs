using Configurator.Domain.Users;

namespace Configurator.Domain.Tests.Users;

public sealed class RolesTests
{
    [Fact]
    public void KnowsTheFiveRolesOfTheProduct()
    {
        Assert.Equal(["Rep", "Presales", "ProductManager", "Approver", "Admin"], Roles.All);
    }

    [Theory]
    [InlineData("Rep", true)]
    [InlineData("Admin", true)]
    [InlineData("admin", false)]
    [InlineData("Wizard", false)]
    [InlineData("", false)]
    public void RecognisesOnlyItsOwnRoleNames(string role, bool known)
    {
        Assert.Equal(known, Roles.IsKnown(role));
    }

    [Fact]
    public void EveryRoleHasANameForPeople()
    {
        Assert.Equal("Product manager", Roles.DisplayName(Roles.ProductManager));
        Assert.All(Roles.All, role => Assert.False(string.IsNullOrWhiteSpace(Roles.DisplayName(role))));
    }
}
