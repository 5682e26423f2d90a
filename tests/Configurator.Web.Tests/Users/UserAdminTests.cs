using System.Net;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Users;

public sealed class UserAdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> NewUser(string email, string name, string password, params string[] roles) =>
        new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = name, ["Password"] = password }
            .Concat(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));

    [Fact]
    public async Task AdminCreatesAUserWhoCanThenSignInWithTheirRoles()
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var response = await admin.SubmitFormAsync("/admin/users/new", "/admin/users/new",
            NewUser("dana@test.local", "Dana Presales", "Dana!2026pw", "Presales", "Approver"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Approver", "Presales"], (await app.RolesOfAsync("dana@test.local")).Order().ToArray());
        var dana = await app.SignInAsync("dana@test.local", "Dana!2026pw");
        Assert.Contains("Dana Presales", await dana.GetPageAsync("/"));
    }

    [Fact]
    public async Task InvalidNewUserIsExplainedFieldByFieldAndNotSaved()
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var response = await admin.SubmitFormAsync("/admin/users/new", "/admin/users/new",
            NewUser("not-an-email", "", "short", "Wizard"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter an email address such as name@company.com.", html);
        Assert.Contains("Enter the name colleagues will see.", html);
        Assert.Contains("Choose roles from the list", html);
        Assert.Null(await app.FindUserAsync("not-an-email"));
    }

    [Theory]
    [InlineData("password")]
    [InlineData("Password1!")]
    [InlineData("Passw0rd!")]
    [InlineData("2026Sunshine!")]
    [InlineData("qwertyuiop")]
    public async Task ACommonPasswordIsRefusedNextToTheFieldAndNothingIsSaved(string common)
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var response = await admin.SubmitFormAsync("/admin/users/new", "/admin/users/new",
            NewUser("weak@test.local", "Weak", common, "Rep"));
        var field = Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for='Password']")?.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("one of the most common ones", field);
        Assert.Null(await app.FindUserAsync("weak@test.local"));
    }

    [Fact]
    public async Task AShortPasswordIsRefusedWithTheLengthItNeeds()
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var response = await admin.SubmitFormAsync("/admin/users/new", "/admin/users/new",
            NewUser("short@test.local", "Short", "x7#Kq", "Rep"));
        var field = Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for='Password']")?.TextContent;

        Assert.Contains("Use at least 8 characters for the password.", field);
        Assert.Null(await app.FindUserAsync("short@test.local"));
    }

    [Theory]
    [InlineData("plain lowercase words only")]
    [InlineData("我的猫喜欢下雨天")]
    [InlineData("a passphrase of sixty-four characters, spaces included, is fine!!")]
    public async Task AnUncommonPasswordOfAnyCharactersIsAccepted(string password)
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var email = $"any{password.Length}@test.local";

        var response = await admin.SubmitFormAsync("/admin/users/new", "/admin/users/new", NewUser(email, "Any", password, "Rep"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Any", await (await app.SignInAsync(email, password)).GetPageAsync("/"));
    }

    [Fact]
    public async Task DuplicateEmailIsRefused()
    {
        var admin = await app.SignInAsync("admin@demo.local");

        var response = await admin.SubmitFormAsync("/admin/users/new", "/admin/users/new",
            NewUser("rep@demo.local", "Second Rep", "Second!2026pw", "Rep"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone already signs in with this email address.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdminResetsAPasswordAndLiftsTheLockout()
    {
        var user = await app.CreateUserAsync("forgetful@test.local", "Old!2026pw", "Rep");
        for (var i = 0; i < 5; i++)
        {
            await app.CreateBrowser().PostLoginAsync("forgetful@test.local", "Wrong!2026");
        }
        var admin = await app.SignInAsync("admin@demo.local");
        Assert.Contains("Locked out", await admin.GetPageAsync("/admin/users?q=forgetful"));

        var common = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/password",
            new Dictionary<string, string> { ["Password.NewPassword"] = "Welcome123!" });
        Assert.Contains("one of the most common ones",
            Html.Parse(await common.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for='Password.NewPassword']")?.TextContent);
        Assert.Contains("Locked out", await admin.GetPageAsync("/admin/users?q=forgetful"));

        var response = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/password",
            new Dictionary<string, string> { ["Password.NewPassword"] = "New!2026pw" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var withOldPassword = await app.CreateBrowser().PostLoginAsync("forgetful@test.local", "Old!2026pw");
        Assert.Equal(HttpStatusCode.OK, withOldPassword.StatusCode);
        var withNewPassword = await app.CreateBrowser().PostLoginAsync("forgetful@test.local", "New!2026pw");
        Assert.Equal(HttpStatusCode.Redirect, withNewPassword.StatusCode);
    }

    [Fact]
    public async Task AdminChangesRolesAndName()
    {
        var user = await app.CreateUserAsync("switch@test.local", "Switch!2026pw", "Rep");
        var admin = await app.SignInAsync("admin@demo.local");
        var page = await admin.GetPageAsync($"/admin/users/{user.Id}");
        var stamp = Html.Parse(page).Attr("input[name='Details.ConcurrencyStamp']", "value");

        var response = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/details",
            new Dictionary<string, string> { ["Details.DisplayName"] = "Sam Switch", ["Details.Roles"] = "ProductManager", ["Details.ConcurrencyStamp"] = stamp });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["ProductManager"], await app.RolesOfAsync("switch@test.local"));
        Assert.Equal("Sam Switch", (await app.FindUserAsync("switch@test.local"))!.DisplayName);
    }

    [Fact]
    public async Task AStaleEditIsRefusedAndChangesNothing()
    {
        var user = await app.CreateUserAsync("stale@test.local", "Stale!2026", "Rep");
        var admin = await app.SignInAsync("admin@demo.local");

        var response = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/details",
            new Dictionary<string, string> { ["Details.DisplayName"] = "Overwritten", ["Details.Roles"] = "Admin", ["Details.ConcurrencyStamp"] = "an-old-version" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this user", await response.Content.ReadAsStringAsync());
        Assert.Equal(["Rep"], await app.RolesOfAsync("stale@test.local"));
    }

    [Fact]
    public async Task TheLastAdminKeepsTheAdminRole()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var adminUser = (await app.FindUserAsync("admin@demo.local"))!;

        var response = await admin.SubmitFormAsync($"/admin/users/{adminUser.Id}", $"/admin/users/{adminUser.Id}/details",
            new Dictionary<string, string> { ["Details.DisplayName"] = "Alex Admin", ["Details.Roles"] = "Rep", ["Details.ConcurrencyStamp"] = adminUser.ConcurrencyStamp! });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This is the only admin.", await response.Content.ReadAsStringAsync());
        Assert.Equal(["Admin"], await app.RolesOfAsync("admin@demo.local"));
    }

    [Fact]
    public async Task SearchAnswersHtmxWithTheTableAlone()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/users?q=approver");
        request.Headers.Add("HX-Request", "true");

        var fragment = await admin.SendAsync(request);
        var fragmentHtml = await fragment.Content.ReadAsStringAsync();
        var fullPage = await admin.GetPageAsync("/admin/users?q=approver");

        Assert.Contains("HX-Request", fragment.Headers.Vary);
        Assert.StartsWith("<div id=\"user-table\"", fragmentHtml.Trim());
        Assert.Contains("approver@demo.local", fragmentHtml);
        Assert.DoesNotContain("rep@demo.local", fragmentHtml);
        Assert.DoesNotContain("<html", fragmentHtml);
        Assert.Contains("<html", fullPage);
        Assert.Contains("id=\"user-table\"", fullPage);
    }
}
