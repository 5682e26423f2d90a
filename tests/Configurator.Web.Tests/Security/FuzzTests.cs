using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Configurator.Web.Tests.Security;

/// <summary>
/// Hostile input over every endpoint the app maps (read from its <see cref="EndpointDataSource"/>, so a new
/// endpoint is fuzzed without touching this test) and every role, signed out included: malformed JSON, wrong
/// types, NUL and other control characters, lone surrogates, megabyte strings, huge numbers, deep nesting,
/// oversized and mistyped bodies. Nothing may answer 5xx, except a 503 with Retry-After, which is the app's
/// designed "try again shortly" (the PDF renderer is not started here). The seed is fixed, so a failure repeats.
/// </summary>
public sealed partial class FuzzTests(AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    private const int Seed = 16;
    private static readonly TimeSpan _budget = TimeSpan.FromSeconds(50);

    /// <summary>Names that forms and bodies across the app use, so hostile values reach real fields.</summary>
    private static readonly string[] _fields =
    [
        "name", "title", "email", "password", "currentPassword", "newPassword", "notes", "comment", "note", "text", "reason", "quantity",
        "discountPercent", "percent", "version", "budget", "currency", "competitors", "itemCode", "stage", "category", "severity", "annualImpact",
        "clientWords", "raisedBy", "role", "stance", "influence", "industry", "region", "size", "accountId", "language", "termMonths", "nextStep",
        "nextStepDue", "expectedClose", "ownerId", "q", "code", "summary", "proposalText", "differentiators", "move", "copyFrom", "option", "items",
        "stakeholders", "painPoints", "roles", "refreshToken", "import", "allowSimilar", "displayName", "lockout", "personId", "direction",
    ];

    private static readonly string _megabyte = new('x', 1024 * 1024);

    private sealed record Attack(string Name, Func<Random, HttpContent> Api, Func<Random, string, HttpContent> Form, string Query = "");

    private static readonly Attack[] _attacks =
    [
        new("malformed", _ => Json("{\"name\": \"x\", \"version\": "), (_, token) => Raw($"name=%zz&&=&version=%&__RequestVerificationToken={token}")),
        new("wrong types", _ => Json(Object(_ => "[{\"a\": 1}]", f => f.Length % 2 == 0 ? "\"text\"" : "{\"nested\": true}")), (_, token) => Fields(token, f => f.Length % 2 == 0 ? "[]" : "{\"a\":1}"), "?page=abc&pageSize=-1&sort=%5B%5D"),
        new("NUL", _ => Json(Object(_ => "\"a\\u0000b\"")), (_, token) => Raw($"{string.Join("&", _fields.Select(f => $"{f}=a%00b"))}&__RequestVerificationToken={token}"), "?q=a%00b&industry=%00"),
        new("control", _ => Json(Object(_ => "\"bell\\u0007\\u001b\"")), (_, token) => Fields(token, _ => "bell\u0007\u001b"), "?q=%07%1B&owner=%7F"),
        new("lone surrogate", _ => Json(Object(_ => "\"\\ud800 lone\"")), (_, token) => Raw($"{string.Join("&", _fields.Select(f => $"{f}=%ED%A0%80x"))}&__RequestVerificationToken={token}"), "?q=%ED%A0%80&sort=%ED%A0%80"),
        new("megabyte", r => Json(Object(f => f == _fields[r.Next(_fields.Length)] ? $"\"{_megabyte}\"" : "\"fine\"")), (r, token) => Fields(token, f => f == _fields[r.Next(_fields.Length)] ? _megabyte : "fine"), "?q=" + new string('q', 16_000)),
        new("huge numbers", _ => Json(Object(f => (f.Length % 3) switch { 0 => "1e400", 1 => "123456789012345678901234567890", _ => "-9.99e307" })), (_, token) => Fields(token, f => (f.Length % 3) switch { 0 => "1e400", 1 => "123456789012345678901234567890", _ => "-79228162514264337593543950336" }), "?page=99999999999999999999&pageSize=2147483648&closeFrom=99999-99-99"),
        new("deep nesting", _ => Json(new string('[', 5000) + new string(']', 5000)), (_, token) => Raw($"a{string.Concat(Enumerable.Repeat("[a]", 2000))}=1&__RequestVerificationToken={token}")),
        new("mistyped body", _ => Raw("name=form-encoded-to-json"), (_, token) => Json($"{{\"__RequestVerificationToken\": \"{token}\"}}")),
        new("multipart without boundary", _ => Typed("--x\r\n", "multipart/form-data"), (_, _) => Typed("--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n", "multipart/form-data")),
        new("empty", _ => Json(""), (_, token) => Raw($"__RequestVerificationToken={token}"), "?"),
    ];

    [Fact]
    public async Task NoEndpointAnswers5xxToHostileInputAsAnyRole()
    {
        var random = new Random(Seed);
        var roles = new List<(string Role, HttpClient Browser, HttpClient Api, string Token)>
        {
            ("anonymous", app.CreateBrowser(), app.CreateBrowser(), BrowserExtensions.AntiforgeryToken(await app.CreateBrowser().GetPageAsync("/login"))),
        };
        foreach (var email in new[] { "admin@demo.local", "rep@demo.local", "presales@demo.local", "product@demo.local", "approver@demo.local" })
        {
            var browser = await app.SignInAsync(email);
            roles.Add((email, browser, await app.ApiClientAsync(email), BrowserExtensions.AntiforgeryToken(await browser.GetPageAsync("/"))));
        }
        var routes = Routes();
        Assert.True(routes.Count > 50, $"Only {routes.Count} routes found; the endpoint data source was not read.");
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        var oversized = 0;

        // Attack by attack over every route, so that each route meets the first attacks even if time runs out.
        foreach (var attack in _attacks)
        {
            foreach (var (method, path) in routes)
            {
                if (clock.Elapsed > _budget)
                {
                    break;
                }
                var (role, browser, api, token) = roles[random.Next(roles.Count)];
                var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
                var request = new HttpRequestMessage(new HttpMethod(method), path + (method == "GET" ? attack.Query : ""));
                if (method != "GET" && method != "HEAD")
                {
                    request.Content = isApi ? attack.Api(random) : attack.Form(random, Uri.EscapeDataString(token));
                }
                request.Headers.Add("RequestVerificationToken", token);
                if (random.Next(4) == 0)
                {
                    request.Headers.Add("HX-Request", "true");
                }
                await SendAsync(isApi ? api : browser, request, $"{attack.Name} as {role}", failures);
                sent++;
            }
        }
        // Bodies over the server's limit, on a seeded sample of the routes that take one.
        var writes = routes.Where(r => r.Method != "GET").ToList();
        for (var i = 0; i < 6 && clock.Elapsed < _budget + TimeSpan.FromSeconds(5); i++)
        {
            var (method, path) = writes[random.Next(writes.Count)];
            var (role, browser, api, _) = roles[random.Next(roles.Count)];
            var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
            var body = new ByteArrayContent(new byte[31 * 1024 * 1024]);
            body.Headers.ContentType = new(isApi ? "application/json" : "application/x-www-form-urlencoded");
            await SendAsync(isApi ? api : browser, new HttpRequestMessage(new HttpMethod(method), path) { Content = body }, $"31 MB body as {role}", failures);
            oversized++;
        }

        // What the app answered, for the reader of the test log: refusals (4xx) are the expected answers.
        output.WriteLine($"{routes.Count} routes, {sent + oversized} requests in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", _statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent + oversized} requests failed:\n{string.Join("\n", failures.Take(40))}");
        Assert.True(sent >= routes.Count * 3, $"Only {sent} requests in {_budget.TotalSeconds} s for {routes.Count} routes: the fuzz no longer covers every route with the first attacks.");
    }

    private readonly SortedDictionary<int, int> _statuses = [];

    private async Task SendAsync(HttpClient client, HttpRequestMessage request, string what, List<string> failures)
    {
        var line = $"{request.Method} {request.RequestUri?.OriginalString[..Math.Min(120, request.RequestUri.OriginalString.Length)]} ({what})";
        try
        {
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
            if (status >= 500 && !(status == 503 && response.Headers.RetryAfter is not null))
            {
                failures.Add($"{line}: {status}");
            }
        }
        catch (Exception error) when (error is HttpRequestException or InvalidOperationException or IOException or TaskCanceledException)
        {
            failures.Add($"{line}: {error.GetType().Name} {error.Message}");
        }
    }

    /// <summary>Every route and method the app maps, its parameters filled with values that exist in the demo data where it matters.</summary>
    private List<(string Method, string Path)> Routes()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET", "POST"])
                .Select(m => (Method: m, Path: Fill(e.RoutePattern.RawText ?? ""))))
            .Where(r => r.Path.Length > 0)
            .Distinct()
            // Signing out ends the role's session, so it comes last; otherwise a fixed order for a fixed seed.
            .OrderBy(r => r.Path.Contains("logout", StringComparison.OrdinalIgnoreCase) || r.Path.Contains("sign-out", StringComparison.OrdinalIgnoreCase))
            .ThenBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
    }

    private static string Fill(string pattern)
    {
        var path = Parameter().Replace(pattern, m => m.Groups["name"].Value.ToLowerInvariant() switch
        {
            "code" => "STD-WMS-CORE",
            "category" => "SLOW-FULFIL",
            "stepcode" => "submit",
            "number" => "1",
            var name when m.Groups["constraint"].Value.StartsWith("int", StringComparison.Ordinal) || name.EndsWith("id", StringComparison.Ordinal) => "1",
            _ => "x",
        });
        return "/" + path.TrimStart('/');
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_]+)(:(?<constraint>[^}=?]+))?(=[^}]*)?\??\}")]
    private static partial Regex Parameter();

    private static string Object(Func<string, string> value, Func<string, string>? other = null) =>
        "{" + string.Join(", ", _fields.Select(f => $"\"{f}\": {(other is not null && f.Length % 3 == 0 ? other(f) : value(f))}")) + "}";

    private static FormUrlEncodedContent Fields(string token, Func<string, string> value) =>
        new(_fields.Select(f => new KeyValuePair<string, string>(f, value(f)))
            .Concat(_fields.Select(f => new KeyValuePair<string, string>(char.ToUpperInvariant(f[0]) + f[1..], value(f))))
            .Append(new("__RequestVerificationToken", Uri.UnescapeDataString(token))));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Raw(string form) => Typed(form, "application/x-www-form-urlencoded");

    private static ByteArrayContent Typed(string body, string type)
    {
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = new(type);
        return content;
    }
}
