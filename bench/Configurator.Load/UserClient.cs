using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Configurator.Load;

/// <summary>An answer as the client saw it: status, the whole body, and the time from sending to the body's last byte.</summary>
public sealed record Answer(int Status, byte[] Body, double Milliseconds, string? Location)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("An empty JSON answer.");
}

/// <summary>
/// One simulated user: one HttpClient over one keep-alive connection (HTTP/1.1, at most one connection,
/// never recycled), with its own cookies. Counts the TCP connections it opens, so a run can show that
/// every request after the first reused its connection.
/// </summary>
public sealed partial class UserClient : IDisposable
{
    public const string Password = "Demo!2026";

    private readonly HttpClient _http;
    private int _connections;

    public UserClient(Uri baseUri)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 1,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseProxy = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                Interlocked.Increment(ref _connections);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>TCP connections this user opened so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The antiforgery token of the last builder page loaded (its meta tag), sent as a header with htmx changes.</summary>
    public string? RequestToken { get; private set; }

    public async Task<Answer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return new Answer((int)response.StatusCode, body, elapsed, response.Headers.Location?.ToString());
        }
    }

    public Task<Answer> GetAsync(string path, string? bearer = null, bool htmx = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return SendAsync(request);
    }

    public Task<Answer> JsonAsync(HttpMethod method, string path, object body, string? bearer) =>
        JsonAsync(method, path, JsonSerializer.SerializeToUtf8Bytes(body), bearer);

    public Task<Answer> JsonAsync(HttpMethod method, string path, byte[] json, string? bearer)
    {
        var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return SendAsync(request);
    }

    /// <summary>An htmx form post as the builder sends it: form fields, HX-Request and the page's antiforgery token.</summary>
    public Task<Answer> HtmxPostAsync(string path, IEnumerable<KeyValuePair<string, string>> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", RequestToken ?? throw new InvalidOperationException("Load a builder page first."));
        return SendAsync(request);
    }

    /// <summary>A bearer token for the API (counts against the sign-in rate limit).</summary>
    public async Task<string> TokenAsync(string email)
    {
        var answer = await JsonAsync(HttpMethod.Post, "/api/v1/auth/token", new { email, password = Password }, null);
        Require(answer, 200, $"token for {email}");
        return answer.Json["accessToken"]!.GetValue<string>();
    }

    /// <summary>Signs in through the cookie form at /login, as a browser does (counts against the sign-in rate limit).</summary>
    public async Task SignInAsync(string email)
    {
        var page = await GetAsync("/login");
        Require(page, 200, "sign-in page");
        var token = FormToken().Match(page.Text) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("The sign-in page has no antiforgery field.");
        var request = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent([new("Email", email), new("Password", Password), new("__RequestVerificationToken", token)]),
        };
        var answer = await SendAsync(request);
        if (answer.Status != 302)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {answer.Status} (is RateLimiting:SignInPermitsPerMinute raised?).");
        }
    }

    /// <summary>Loads the builder page of a proposal: keeps its antiforgery token and returns the answer and the version it shows.</summary>
    public async Task<(Answer Answer, int Version)> BuilderPageAsync(int proposalId, int optionId)
    {
        var page = await GetAsync($"/proposals/{proposalId}?option={optionId}");
        Require(page, 200, $"builder page of proposal {proposalId}");
        var text = page.Text;
        RequestToken = MetaToken().Match(text) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The builder page has no request-verification-token meta tag.");
        return (page, VersionIn(text) ?? throw new InvalidOperationException("The builder page shows no version field."));
    }

    /// <summary>The proposal version the first version field of a builder page or fragment carries.</summary>
    public static int? VersionIn(string html) => VersionField().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static void Require(Answer answer, int status, string what)
    {
        if (answer.Status != status)
        {
            var text = answer.Text;
            throw new InvalidOperationException($"{what}: expected {status}, got {answer.Status}: {text[..Math.Min(text.Length, 400)]}");
        }
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();

    [GeneratedRegex("name=\"version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();
}
