using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Scale;

/// <summary>
/// Two app instances (real Kestrel, two loopback ports) on ONE PostgreSQL database, as behind a load balancer
/// (issue #20): what a browser got from one instance is honoured by the other, because the data-protection keys,
/// the proposals and the catalogue's revision all live in the database. A third app on a database of its own
/// shows the cookie is honoured for that reason and not because any instance would take it.
/// </summary>
[Trait("Database", "Postgres")]
public sealed class TwoInstancesTests(TwoInstancesTests.Instances apps) : IClassFixture<TwoInstancesTests.Instances>
{
    /// <summary>A demo item that answers none of the test deal's pains, so no recommended option holds it yet.</summary>
    private const string Added = "STD-RETURNS";

    [PostgresFact]
    public async Task ABrowserSignedInOnOneInstanceEditsThroughTheOtherAndSeesTheOthersCatalogueAndConflicts()
    {
        var (a, b) = await apps.StartAsync();
        var cookies = new CookieContainer();
        var onA = Browser(a, cookies);
        var onB = Browser(b, cookies);
        var opportunity = await CreateOpportunityAsync(a, "Two instances");
        Assert.Equal(HttpStatusCode.Redirect, (await onA.PostLoginAsync("presales@demo.local", "Demo!2026")).StatusCode);
        var created = await onA.SubmitFormAsync($"/opportunities/{opportunity}", $"/opportunities/{opportunity}/proposals",
            [new("Title", "Two instances proposal"), new("Language", "en"), new("TermMonths", "24"), new("Start", "recommendation")]);
        var builder = created.Headers.Location!.ToString();
        var page = await onA.GetPageAsync(builder);
        // The antiforgery token A put in its page, sent to B with A's cookies, as htmx would after a failover.
        var token = BrowserExtensions.AntiforgeryToken(page);
        var line = Html.Parse(page).Attr("form.line__edit", "action");
        var version = Version(page);

        var changedOnB = await onB.SendAsync(Htmx(line, token, new() { ["quantity"] = "37", ["discountPercent"] = "0", ["version"] = $"{version}" }));
        var changedOnBHtml = await changedOnB.Content.ReadAsStringAsync();
        var readOnA = await onA.GetPageAsync(builder);

        Assert.Equal(HttpStatusCode.OK, changedOnB.StatusCode);
        Assert.Equal($"{version + 1}", Html.Parse(changedOnBHtml).Attr("#proposal-version", "data-version"));
        Assert.Equal("37", Html.Parse(readOnA).One($"form.line__edit[action='{line}'] input[name=quantity]").GetAttribute("value"));
        Assert.Equal(version + 1, Version(readOnA));

        // The product manager renames and reprices an item through the catalogue editor on A. B has the catalogue in
        // memory (it just priced the line with it); the item B's builder adds next is the item as A left it.
        // (Lines already in a proposal keep the item as it was when added: that is the builder's rule, on one instance too.)
        var product = Browser(a, new CookieContainer());
        Assert.Equal(HttpStatusCode.Redirect, (await product.PostLoginAsync("product@demo.local", "Demo!2026")).StatusCode);
        var form = EditorFields(await product.GetPageAsync($"/catalogue/items/{Added}/edit"));
        var euro = form.Single(f => f.Key.StartsWith("Prices[", StringComparison.Ordinal) && f.Key.EndsWith("].Currency", StringComparison.Ordinal) && f.Value == "EUR").Key;
        form[euro.Replace(".Currency", ".ListPrice", StringComparison.Ordinal)] = "4321";
        form["Name"] = "Returns renamed on instance A";
        var edited = await product.PostAsync($"/catalogue/items/{Added}/edit", new FormUrlEncodedContent(form));
        var add = Html.Parse(page).Attr("form.add-line", "action");

        var addedOnB = await onB.SendAsync(Htmx(add, token, new() { ["itemCode"] = Added, ["version"] = $"{version + 1}" }));
        var addedLine = Html.Parse(await addedOnB.Content.ReadAsStringAsync()).QuerySelectorAll(".line")
            .Single(l => l.QuerySelector(".line__name code")?.TextContent == Added);

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, addedOnB.StatusCode);
        Assert.Contains("Returns renamed on instance A", addedLine.QuerySelector(".line__name")!.TextContent);
        Assert.Contains("4,321.00", addedLine.QuerySelector(".line__prices")!.TextContent);

        // A saves the next version; B, still showing the one before, is refused and A's change stands.
        var onAAgain = await onA.SendAsync(Htmx(line, token, new() { ["quantity"] = "39", ["discountPercent"] = "0", ["version"] = $"{version + 2}" }));
        var stale = await onB.SendAsync(Htmx(line, token, new() { ["quantity"] = "40", ["discountPercent"] = "0", ["version"] = $"{version + 2}" }));
        var staleHtml = await stale.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, onAAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("has changed since version", staleHtml);
        Assert.Equal("39", Html.Parse(await onB.GetPageAsync(builder)).One($"form.line__edit[action='{line}'] input[name=quantity]").GetAttribute("value"));
    }

    [PostgresFact]
    public async Task ARevisionIssuedOnOneInstanceIsDownloadedFromTheOtherByteForByte()
    {
        var (a, b) = await apps.StartAsync();
        var opportunity = await CreateOpportunityAsync(a, "Revision across");
        var presalesOnA = await ApiClientAsync(a, "presales@demo.local");
        var proposal = await (await presalesOnA.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/proposals",
            new { title = "Revision across proposal", termMonths = 12, recommend = true })).Content.ReadFromJsonAsync<JsonElement>();
        var id = proposal.GetProperty("id").GetInt32();
        var submitted = await (await presalesOnA.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", submitted.GetProperty("status").GetString());

        var issued = await presalesOnA.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { });
        var revision = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var pdfUrl = revision.GetProperty("pdfUrl").GetString()!;
        var fromA = await presalesOnA.GetByteArrayAsync(pdfUrl);
        // A's bearer token on B, and a browser signed in on A reading the page's download from B.
        var presalesOnB = new HttpClient { BaseAddress = new Uri(b.BaseUrl) };
        presalesOnB.DefaultRequestHeaders.Authorization = presalesOnA.DefaultRequestHeaders.Authorization;
        var fromB = await presalesOnB.GetByteArrayAsync(pdfUrl);
        var cookies = new CookieContainer();
        Assert.Equal(HttpStatusCode.Redirect, (await Browser(a, cookies).PostLoginAsync("presales@demo.local", "Demo!2026")).StatusCode);
        var pageDownloadFromB = await Browser(b, cookies).GetAsync($"/proposals/{id}/revisions/1/pdf");

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.True(fromA.Length > 1000, $"The PDF has {fromA.Length} bytes.");
        Assert.Equal(fromA, fromB);
        Assert.Equal(revision.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(fromB)));
        Assert.Equal(HttpStatusCode.OK, pageDownloadFromB.StatusCode);
        Assert.Equal(fromA, await pageDownloadFromB.Content.ReadAsByteArrayAsync());
    }

    [PostgresFact]
    public async Task ACookieFromAnAppWithAnotherDatabaseIsRefused()
    {
        var (a, b) = await apps.StartAsync();
        var other = await apps.StartOtherAsync();
        var cookies = new CookieContainer();
        Assert.Equal(HttpStatusCode.Redirect, (await Browser(a, cookies).PostLoginAsync("presales@demo.local", "Demo!2026")).StatusCode);

        // The same demo users exist there too; only the keys that signed the cookie differ.
        var onB = await Browser(b, cookies).GetAsync("/proposals");
        var onOther = await Browser(other, cookies).GetAsync("/proposals");

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, onOther.StatusCode);
        Assert.StartsWith("/login", onOther.Headers.Location!.ToString().Replace(other.BaseUrl, "", StringComparison.Ordinal));
    }

    private static HttpClient Browser(KestrelApp app, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = new Uri(app.BaseUrl) };

    private static async Task<HttpClient> ApiClientAsync(KestrelApp app, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Demo!2026" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<int> CreateOpportunityAsync(KestrelApp app, string name)
    {
        var rep = await ApiClientAsync(app, "rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} AG" })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await rep.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            painPoints = new object[] { new { title = "Stock counts never match", category = "STOCK-ERRORS", severity = 5, annualImpact = 150000m } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static HttpRequestMessage Htmx(string url, string token, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private static int Version(string page) =>
        int.Parse(Html.Parse(page).Attr("#proposal-version", "data-version"), CultureInfo.InvariantCulture);

    /// <summary>What the item editor's form would post as it stands (with its antiforgery field), to change a few fields of.</summary>
    private static Dictionary<string, string> EditorFields(string page)
    {
        var form = Html.Parse(page).One("form.editor");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" or "button" or "search" }:
                    continue;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement textArea:
                    fields[name] = textArea.Value;
                    break;
            }
        }
        return fields;
    }

    /// <summary>The apps, started on first use (so that without PostgreSQL the skipped tests start nothing) and stopped after the class.</summary>
    public sealed class Instances : IAsyncLifetime
    {
        private readonly SemaphoreSlim _starting = new(1, 1);
        private PostgresApp? _a;
        private PostgresApp? _b;
        private PostgresApp? _other;

        /// <summary>A migrates and seeds a fresh database; then B starts on the same database (and migrates nothing).</summary>
        public async Task<(KestrelApp A, KestrelApp B)> StartAsync()
        {
            await _starting.WaitAsync();
            try
            {
                if (_a is null)
                {
                    var a = await StartedAsync(new PostgresApp());
                    try
                    {
                        _b = await StartedAsync(new PostgresApp { SharedConnectionString = a.ConnectionString });
                    }
                    catch
                    {
                        await ((IAsyncLifetime)a).DisposeAsync();
                        throw;
                    }
                    _a = a;
                }
                return (_a, _b!);
            }
            finally
            {
                _starting.Release();
            }
        }

        /// <summary>An app with a database (and so data-protection keys) of its own.</summary>
        public async Task<KestrelApp> StartOtherAsync()
        {
            await _starting.WaitAsync();
            try
            {
                _other ??= await StartedAsync(new PostgresApp());
                return _other;
            }
            finally
            {
                _starting.Release();
            }
        }

        public Task InitializeAsync() => Task.CompletedTask;

        /// <summary>The app, serving; one that fails to start is stopped (and its database dropped), so the next test tries again.</summary>
        private static async Task<PostgresApp> StartedAsync(PostgresApp app)
        {
            try
            {
                await app.InitializeAsync();
                return app;
            }
            catch
            {
                await ((IAsyncLifetime)app).DisposeAsync();
                throw;
            }
        }

        public async Task DisposeAsync()
        {
            // B first: A owns the database and drops it when it stops.
            foreach (var app in new[] { _b, _other, _a })
            {
                if (app is not null)
                {
                    await ((IAsyncLifetime)app).DisposeAsync();
                }
            }
            _starting.Dispose();
        }
    }

    /// <summary>An app on PostgreSQL whatever the test run's provider.</summary>
    private sealed class PostgresApp : KestrelApp
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    }
}
