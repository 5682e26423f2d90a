using System.Net;
using System.Net.Http.Json;
using System.Text;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

/// <summary>Bodies over the limits, sent to real Kestrel (the in-process server enforces no body size): 413 with a sentence, never a 500, nothing saved.</summary>
public sealed class OversizedBodyTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private async Task<HttpClient> SignInAsync(string email)
    {
        var browser = app.CreateSocketBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync(email, "Demo!2026")).StatusCode);
        return browser;
    }

    [Fact]
    public async Task AFormOverTheBrandPagesLimitIsA413Page()
    {
        var admin = await SignInAsync("admin@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await admin.GetPageAsync("/admin/brand"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Big logo GmbH"), "Name" },
            { new ByteArrayContent(new byte[(int)(2.1 * 1024 * 1024)]) { Headers = { ContentType = new("image/png") } }, "logo", "logo.png" },
        };

        var answer = await admin.PostAsync("/admin/brand", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Contains("larger than the app accepts", await answer.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Big logo GmbH", await admin.GetPageAsync("/admin/brand"));
    }

    [Fact]
    public async Task AnImportFileOverItsLimitIsA413Page()
    {
        var product = await SignInAsync("product@demo.local");
        var token = BrowserExtensions.AntiforgeryToken(await product.GetPageAsync("/catalogue/import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(new string(' ', 6 * 1024 * 1024))), "file", "catalogue.json" },
        };

        var answer = await product.PostAsync("/catalogue/import", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Contains("larger than the app accepts", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnApiBodyOverThirtyMegabytesIsA413Problem()
    {
        var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = "rep@demo.local", password = "Demo!2026" });
        api.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString());
        var json = new StringBuilder("{\"name\": \"");
        json.Append('x', 31 * 1024 * 1024).Append("\"}");

        // Kestrel answers as soon as it sees the length; asking to continue first lets the client read that answer.
        api.DefaultRequestHeaders.ExpectContinue = true;
        var answer = await api.PostAsync("/api/v1/accounts", new StringContent(json.ToString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }
}
