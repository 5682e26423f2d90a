using System.Net;
using Configurator.Web.Data;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Brand;

/// <summary>Two admins editing the standard terms at once: the second save is refused with a clear message, keeps what was typed and shows what the first saved.</summary>
public sealed class StandardTermsConcurrencyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static KeyValuePair<string, string>[] Versions(string html)
    {
        var page = Html.Parse(html);
        return [.. new[] { "en", "zh-CN" }.Select(l => new KeyValuePair<string, string>($"versions[{l}]", page.One($"input[name='versions[{l}]']").GetAttribute("value")!))];
    }

    private async Task<string> StoredAsync(string language)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        return await db.StandardTerms.AsNoTracking().Where(t => t.Language == language).Select(t => t.Text).FirstOrDefaultAsync() ?? "";
    }

    [Fact]
    public async Task AStaleSaveIsRefusedKeepsWhatWasTypedAndShowsWhatTheOtherAdminSaved()
    {
        var first = await app.SignInAsync("admin@demo.local");
        var second = await app.SignInAsync("admin@demo.local");
        var firstPage = await first.GetPageAsync("/admin/brand/terms");
        var secondPage = await second.GetPageAsync("/admin/brand/terms");

        var saved = await second.SubmitFormAsync("/admin/brand/terms", "/admin/brand/terms",
            [new("terms[en]", "Invoices are due in 14 days."), new("terms[zh-CN]", "发票 14 天内付清。"), .. Versions(secondPage)]);
        var stale = await first.SubmitFormAsync("/admin/brand/terms", "/admin/brand/terms",
            [new("terms[en]", "Invoices are due in 60 days."), new("terms[zh-CN]", "发票 60 天内付清。"), .. Versions(firstPage)]);
        var refusedHtml = await stale.Content.ReadAsStringAsync();
        var refused = Html.Parse(refusedHtml);
        var storedAfterRefusal = await StoredAsync("en");
        var again = await first.SubmitFormAsync("/admin/brand/terms", "/admin/brand/terms",
            [new("terms[en]", "Invoices are due in 30 days."), new("terms[zh-CN]", "发票 30 天内付清。"), .. Versions(refusedHtml)]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("saved the standard terms while you were editing. Nothing of yours was saved", refused.One("#terms-problem").TextContent);
        Assert.Equal("Invoices are due in 60 days.", refused.One("#terms-en").TextContent);
        Assert.Equal("发票 60 天内付清。", refused.One("#terms-zh-CN").TextContent);
        Assert.Contains("Invoices are due in 14 days.", refused.One("#terms-en-theirs").TextContent);
        Assert.Equal("Invoices are due in 14 days.", storedAfterRefusal);
        // Having seen the other text, the admin saves deliberately: the page named the versions it showed.
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Invoices are due in 30 days.", await StoredAsync("en"));
        Assert.Equal("发票 30 天内付清。", await StoredAsync("zh-CN"));
    }

    [Fact]
    public async Task ASaveWithoutTheVersionsItEditedIsRefusedOnceTermsExist()
    {
        var admin = await app.SignInAsync("admin@demo.local");
        var page = await admin.GetPageAsync("/admin/brand/terms");
        var first = await admin.SubmitFormAsync("/admin/brand/terms", "/admin/brand/terms", [new("terms[en]", "Net 30."), new("terms[zh-CN]", ""), .. Versions(page)]);

        var blind = await admin.SubmitFormAsync("/admin/brand/terms", "/admin/brand/terms", [new("terms[en]", "Net 90."), new("terms[zh-CN]", "")]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, blind.StatusCode);
        Assert.Equal("Net 30.", await StoredAsync("en"));
    }
}
