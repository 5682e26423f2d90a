using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Users;

/// <summary>A person's phone number, which documents print in the contact block: set through /api/v1/me or by an admin.</summary>
public sealed class ProfilePhoneTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task APersonSetsTheirPhoneWithoutTouchingTheirLanguage()
    {
        await app.CreateUserAsync("phone@test.local", "Phone!2026pw", "Presales");
        var api = await app.ApiClientAsync("phone@test.local", "Phone!2026pw");
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsJsonAsync("/api/v1/me", new { language = "zh-CN" })).StatusCode);

        var set = await api.PatchAsJsonAsync("/api/v1/me", new { phone = " +49 30 1234 5678 " });
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var removed = await (await api.PatchAsJsonAsync("/api/v1/me", new { phone = "" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("+49 30 1234 5678", me.GetProperty("phone").GetString());
        Assert.Equal("zh-CN", me.GetProperty("language").GetString());
        Assert.Equal("", removed.GetProperty("phone").GetString());
        Assert.Equal("zh-CN", removed.GetProperty("language").GetString());
    }

    [Fact]
    public async Task ANumberThatCannotBeDialledIsRefusedAtItsFieldAndNothingChanges()
    {
        await app.CreateUserAsync("badphone@test.local", "Phone!2026pw", "Rep");
        var api = await app.ApiClientAsync("badphone@test.local", "Phone!2026pw");
        await api.PatchAsJsonAsync("/api/v1/me", new { phone = "+44 20 7946 0000" });

        var letters = await api.PatchAsJsonAsync("/api/v1/me", new { phone = "call my mobile", language = "zh-CN" });
        var tooLong = await api.PatchAsJsonAsync("/api/v1/me", new { phone = new string('1', 31) });
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal(HttpStatusCode.BadRequest, letters.StatusCode);
        Assert.Contains("digits", (await letters.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("phone")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("+44 20 7946 0000", me.GetProperty("phone").GetString());
        Assert.NotEqual("zh-CN", me.GetProperty("language").GetString());
    }

    [Fact]
    public async Task AnAdminSetsAPersonsPhoneAndABadOneStaysInTheFieldWithItsReason()
    {
        var user = await app.CreateUserAsync("adminphone@test.local", "Phone!2026pw", "Presales");
        var admin = await app.SignInAsync("admin@demo.local");
        var page = await admin.GetPageAsync($"/admin/users/{user.Id}");
        var stamp = Html.Parse(page).Attr("input[name='Details.ConcurrencyStamp']", "value");

        var bad = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/details",
            new Dictionary<string, string> { ["Details.DisplayName"] = "Phoebe Phone", ["Details.Phone"] = "ring ring", ["Details.Roles"] = "Presales", ["Details.ConcurrencyStamp"] = stamp });
        var badPage = await bad.Content.ReadAsStringAsync();
        var good = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/details",
            new Dictionary<string, string> { ["Details.DisplayName"] = "Phoebe Phone", ["Details.Phone"] = "+49 (30) 1234-5678", ["Details.Roles"] = "Presales", ["Details.ConcurrencyStamp"] = stamp });

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Write the phone number in digits", badPage);
        Assert.Contains("value=\"ring ring\"", badPage);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("+49 (30) 1234-5678", (await app.FindUserAsync("adminphone@test.local"))!.PhoneNumber);
    }
}
