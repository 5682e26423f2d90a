using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Security;

/// <summary>
/// No 500 for anything a client sends: a NUL byte in a form, bodies over the limits, malformed and hostile JSON.
/// Each answer is a 400 or 413 that says what to fix, as a page for forms and problem details for the API.
/// </summary>
public sealed class UnreadableInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, string action, string encodedFields)
    {
        var token = BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync(page));
        var body = new StringContent($"{encodedFields}&__RequestVerificationToken={Uri.EscapeDataString(token)}", Encoding.ASCII, "application/x-www-form-urlencoded");
        body.Headers.ContentType!.CharSet = null;
        return await browser.PostAsync(action, body);
    }

    [Fact]
    public async Task ANulByteInTheSignInFormIsA400PageThatSaysWhatToDo()
    {
        var answer = await PostFormAsync(app.CreateBrowser(), "/login", "/login", "Email=a%00b%40test.local&Password=x");
        var page = Html.Parse(await answer.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("Some characters could not be read", page.One("h1").TextContent.Trim());
        Assert.Contains("null character", page.One(".error-page").TextContent);
    }

    [Fact]
    public async Task ANulByteInASignedInFormChangesNothing()
    {
        var rep = await app.SignInAsync("rep@demo.local");

        var answer = await PostFormAsync(rep, "/accounts/new", "/accounts/new", "Name=Nul%00Account&Industry=Retail&Region=Europe");

        var api = await app.ApiClientAsync("rep@demo.local");
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(0, (await api.GetFromJsonAsync<JsonElement>("/api/v1/accounts?q=Nul")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{\"name\": \"Nul\\u0000Account\"}")]
    [InlineData("{\"name\": \"Bell\\u0007Account\"}")]
    [InlineData("{\"name\": \"\\ud800 lone surrogate\"}")]
    [InlineData("{\"name\": 12345678901234567890123456789012345678901234567890}")]
    [InlineData("{\"name\": [\"not\", \"text\"]}")]
    [InlineData("{\"name\": \"unterminated")]
    [InlineData("{\"name\": \"Fine\", \"industry\": 1e400}")]
    [InlineData("\"just a string\"")]
    [InlineData("null")]
    public async Task HostileJsonIsAProblemNotA500(string json)
    {
        var api = await app.ApiClientAsync("rep@demo.local");

        var answer = await api.PostAsync("/api/v1/accounts", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.True((int)answer.StatusCode is >= 400 and < 500, $"{json} answered {(int)answer.StatusCode}");
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AControlCharacterInJsonTextIsRefusedWithItsPathAndNothingIsSaved()
    {
        var api = await app.ApiClientAsync("rep@demo.local");

        var answer = await api.PostAsync("/api/v1/accounts", new StringContent("{\"name\": \"Zero\\u0000Byte\"}", Encoding.UTF8, "application/json"));
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("control character", string.Join(" ", problem.GetProperty("errors").GetProperty("name").EnumerateArray().Select(e => e.GetString())));
        Assert.Equal(0, (await api.GetFromJsonAsync<JsonElement>("/api/v1/accounts?q=Zero")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AMegabyteNameIsRefusedWithTheFieldNamed()
    {
        var api = await app.ApiClientAsync("rep@demo.local");

        var answer = await api.PostAsJsonAsync("/api/v1/accounts", new { name = new string('x', 1024 * 1024) });
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }
}
