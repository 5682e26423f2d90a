using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

public sealed class TokenTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task IssuesABearerTokenThatOpensTheApi()
    {
        var client = app.CreateBrowser();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "presales@demo.local", password = "Demo!2026" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("expiresIn").GetInt32() > 0);
        var api = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("presales@demo.local", me.GetProperty("email").GetString());
        Assert.Equal(["Presales"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [Fact]
    public async Task WrongPasswordGets401ProblemDetails()
    {
        var response = await app.CreateBrowser().PostAsJsonAsync("/api/v1/auth/token", new { email = "presales@demo.local", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AForgedTokenIsRefused()
    {
        var api = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await api.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheApiDoesNotAcceptTheSignInCookie()
    {
        var browser = await app.SignInAsync("rep@demo.local");

        var response = await browser.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"email\":", "email")]
    [InlineData("[1,2,3]", "body")]
    [InlineData("{\"email\": 42, \"password\": \"x\"}", "email")]
    public async Task MalformedBodyGets400ProblemDetailsNot500(string json, string errorKey)
    {
        var response = await app.CreateBrowser().PostAsync("/api/v1/auth/token", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(errorKey, out _), problem.ToString());
    }

    [Fact]
    public async Task MissingFieldsAreNamedByTheirJsonPath()
    {
        var response = await app.CreateBrowser().PostAsJsonAsync("/api/v1/auth/token", new { });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Give the email address you sign in with.", errors.GetProperty("email")[0].GetString());
        Assert.Equal("Give your password.", errors.GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task WrongContentTypeIsRefusedWithProblemDetails()
    {
        var response = await app.CreateBrowser().PostAsync("/api/v1/auth/token", new StringContent("email=a", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
