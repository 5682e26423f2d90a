using System.Net;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>What a browser does with a page: read its antiforgery token, submit its forms.</summary>
public static class BrowserExtensions
{
    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient browser, string email, string password, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }
        return await browser.SubmitFormAsync("/login", "/login", fields);
    }

    /// <summary>Opens <paramref name="pagePath"/>, takes its antiforgery token and posts the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient browser, string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetAsync(pagePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var form = fields.Append(new("__RequestVerificationToken", token));
        return await browser.PostAsync(action, new FormUrlEncodedContent(form));
    }

    /// <summary>The page's antiforgery token: its form field, or the meta tag htmx sends as a header.</summary>
    public static string AntiforgeryToken(string html)
    {
        var page = Html.Parse(html);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? page.QuerySelector("meta[name=request-verification-token]")?.GetAttribute("content");
        return token is { Length: > 0 } ? token : throw new Xunit.Sdk.XunitException("The page has no antiforgery token.");
    }

    public static async Task<string> GetPageAsync(this HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
