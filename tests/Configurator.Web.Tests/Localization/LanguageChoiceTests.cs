using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Localization;

/// <summary>Which language a person gets, and how a wrong choice is refused: the browser, the profile, the switch and the API.</summary>
public sealed class LanguageChoiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static HttpRequestMessage Get(string path, string acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return request;
    }

    [Fact]
    public async Task ASignedOutBrowserAskingForChineseGetsAChineseSignInPage()
    {
        var browser = app.CreateBrowser();

        var chinese = Html.Parse(await (await browser.SendAsync(Get("/login", "zh-CN,zh;q=0.9,en;q=0.8"))).Content.ReadAsStringAsync());
        var english = Html.Parse(await (await browser.SendAsync(Get("/login", "fr-FR,en;q=0.5"))).Content.ReadAsStringAsync());

        Assert.Equal("zh-CN", chinese.DocumentElement.GetAttribute("lang"));
        Assert.Equal("登录", chinese.One("h1").TextContent);
        Assert.Equal("电子邮箱", chinese.One("label[for=Email]").TextContent);
        Assert.Equal("登录 · Configurator", chinese.Title);
        Assert.Equal("Sign in", english.One("h1").TextContent);
    }

    [Fact]
    public async Task ARefusedSignInAndAMissingFieldAreExplainedInChinese()
    {
        var browser = app.CreateBrowser();
        var page = await (await browser.SendAsync(Get("/login", "zh-CN"))).Content.ReadAsStringAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "",
            ["Password"] = "wrong",
            ["__RequestVerificationToken"] = BrowserExtensions.AntiforgeryToken(page),
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/login") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var refused = Html.Parse(await (await browser.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal("请输入您的电子邮箱。", refused.One("[data-valmsg-for=Email]").TextContent);
    }

    [Fact]
    public async Task TheProfileLanguageWinsOverTheBrowserAndAnUnknownCodeIsRefused()
    {
        await app.CreateUserAsync("lin@test.local", "Lin!2026pw", "Rep");
        var lin = await app.SignInAsync("lin@test.local", "Lin!2026pw");

        var chosen = await lin.SubmitFormAsync("/", "/me/language",
            new Dictionary<string, string> { ["language"] = "zh-CN", ["returnUrl"] = "/accounts" });
        var dashboard = Html.Parse(await (await lin.SendAsync(Get("/", "en-GB,en;q=0.9"))).Content.ReadAsStringAsync());
        var unknown = await lin.SubmitFormAsync("/", "/me/language", new Dictionary<string, string> { ["language"] = "xx" });
        var keptAfterUnknown = (await app.FindUserAsync("lin@test.local"))!.Language;
        var offsite = await lin.SubmitFormAsync("/", "/me/language",
            new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "https://evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/accounts", chosen.Headers.Location?.OriginalString);
        Assert.Equal("zh-CN", dashboard.DocumentElement.GetAttribute("lang"));
        Assert.Equal("工作台", dashboard.One("nav .nav__item[aria-current=page]").TextContent);
        Assert.Equal("true", dashboard.Attr(".language-switch button[value='zh-CN']", "aria-pressed"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("zh-CN", keptAfterUnknown);
        Assert.Equal("/", offsite.Headers.Location?.OriginalString);
        Assert.Equal("en", (await app.FindUserAsync("lin@test.local"))!.Language);
    }

    [Fact]
    public async Task TheApiReadsAndSetsTheLanguageAndNamesTheFieldWhenItIsUnknown()
    {
        await app.CreateUserAsync("wei@test.local", "Wei!2026pw", "Presales");
        var api = await app.ApiClientAsync("wei@test.local", "Wei!2026pw");

        var before = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var set = await api.PatchAsJsonAsync("/api/v1/me", new { language = "zh-CN" });
        var after = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var unknown = await api.PatchAsJsonAsync("/api/v1/me", new { language = "xx" });
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("en", before.GetProperty("language").GetString());
        Assert.False(before.GetProperty("languageChosen").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("zh-CN", after.GetProperty("language").GetString());
        Assert.True(after.GetProperty("languageChosen").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("zh-CN", problem.GetProperty("errors").GetProperty("language")[0].GetString());
        Assert.Equal("zh-CN", (await app.FindUserAsync("wei@test.local"))!.Language);
    }

    [Fact]
    public async Task TheApiAnswersInEnglishEvenToAChineseProfile()
    {
        await app.CreateUserAsync("fang@test.local", "Fang!2026pw", "Rep");
        var api = await app.ApiClientAsync("fang@test.local", "Fang!2026pw");
        await api.PatchAsJsonAsync("/api/v1/me", new { language = "zh-CN" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-thing");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var missing = await api.SendAsync(request);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Page not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheNotFoundPageIsChineseForAChineseBrowser()
    {
        // Signed out, an unknown address asks to sign in first; signed in without a chosen language, the browser decides.
        await app.CreateUserAsync("hui@test.local", "Hui!2026pw", "Rep");
        var browser = await app.SignInAsync("hui@test.local", "Hui!2026pw");

        var response = await browser.SendAsync(Get("/no/such/page", "zh-CN"));
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("页面不存在", page.One("h1").TextContent);
        Assert.Equal("错误 404", page.One(".error-page .badge").TextContent);
        Assert.Equal("返回工作台", page.One(".error-page .btn").TextContent);
    }

    [Fact]
    public async Task ASignedOutPersonsErrorPageFollowsTheBrowser()
    {
        var browser = app.CreateBrowser();
        var request = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            // No antiforgery token: refused before anything is read.
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "rep@demo.local", ["Password"] = "Demo!2026" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var response = await browser.SendAsync(request);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("请求未被受理", page.One("h1").TextContent);
        Assert.Equal("登录", page.One(".error-page .btn").TextContent);
    }

    [Fact]
    public async Task IdentityRefusesAUserInTheAdminsLanguageAndSavesNothing()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var page = await (await admin.SendAsync(Get("/admin/users/new", "zh-CN"))).Content.ReadAsStringAsync();
        async Task<AngleSharp.Dom.IDocument> CreateAsync(string email, string password)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/admin/users/new")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = email,
                    ["DisplayName"] = "测试",
                    ["Password"] = password,
                    ["Roles"] = "Rep",
                    ["__RequestVerificationToken"] = BrowserExtensions.AntiforgeryToken(page),
                }),
            };
            request.Headers.AcceptLanguage.ParseAdd("zh-CN");
            return Html.Parse(await (await admin.SendAsync(request)).Content.ReadAsStringAsync());
        }

        var weak = await CreateAsync("weak.zh@test.local", "password");
        var taken = await CreateAsync("rep@demo.local", "Strong!2026pw");

        var passwordError = weak.One("[data-valmsg-for=Password]").TextContent;
        Assert.Contains("这个密码是最常见的密码之一", passwordError);
        Assert.DoesNotContain("common", passwordError);
        Assert.Equal("已有人使用此电子邮箱登录。", taken.One("[data-valmsg-for=Email]").TextContent);
        Assert.Null(await app.FindUserAsync("weak.zh@test.local"));
    }
}
