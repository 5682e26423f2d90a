using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Features.Insights;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Dashboard;

/// <summary>Each role's home at <c>/</c>: its own cards and nothing of another role's, with figures worked out by hand from deals made through the API.</summary>
public sealed class HomeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData("rep@demo.local", "home-rep")]
    [InlineData("presales@demo.local", "home-presales")]
    [InlineData("approver@demo.local", "home-approver")]
    [InlineData("product@demo.local", "home-product")]
    [InlineData("admin@demo.local", "home-admin")]
    public async Task EachRoleSeesItsOwnCardsAndNoneOfAnotherRole(string email, string section)
    {
        var home = await (await app.SignInAsync(email)).HomeAsync();

        Assert.Equal([section], home.SectionsShown());
        var prefix = section["home-".Length..] + "-";
        Assert.NotEmpty(home.QuerySelectorAll($"#{section} .home-card"));
        Assert.All(home.QuerySelectorAll(".home-card"), card => Assert.StartsWith(prefix, card.Id));
    }

    [Fact]
    public async Task APersonWithTwoRolesSeesTheCardsOfBothInRoleOrder()
    {
        var (browser, _, _) = await app.PersonAsync(Roles.Approver, Roles.Rep);

        var home = await browser.HomeAsync();

        Assert.Equal(["home-rep", "home-approver"], home.SectionsShown());
        Assert.NotNull(home.QuerySelector("#rep-stages"));
        Assert.NotNull(home.QuerySelector("#approver-queue"));
        Assert.Null(home.QuerySelector("#presales-drafts"));
    }

    [Fact]
    public async Task TheRepsFiguresAreTheirOwnOpenDealsCountedByHand()
    {
        var (browser, rep, _) = await app.PersonAsync(Roles.Rep);
        var account = await rep.AccountAsync("Handmade Figures Ltd");
        var buyer = new { key = "b", name = "Dana Buyer", role = "economic-buyer", stance = "neutral", influence = 5 };
        var champion = new { key = "c", name = "Chris Champion", role = "champion", stance = "supporter", influence = 4 };
        // A: discovery, an economic buyer but no champion, one pain of two without a cost, its next step slipped.
        var a = await rep.OpportunityAsync(new
        {
            accountId = account,
            name = "Deal A",
            currency = "EUR",
            stage = "discovery",
            budget = 100000m,
            expectedClose = _today.AddDays(200).ToString("yyyy-MM-dd"),
            stakeholders = new object[] { buyer },
            painPoints = new object[]
            {
                new { title = "Stock is wrong", category = "STOCK-ERRORS", severity = 4, annualImpact = 50000m },
                new { title = "Orders wait", category = "SLOW-FULFIL", severity = 3 },
            },
        });
        await rep.SetNextStepAsync(a, "Call the CFO", _today.AddDays(-2));
        // B: proposal stage closing in ten days with no sent revision: behind its playbook; its next step is ahead.
        var b = await rep.OpportunityAsync(new
        {
            accountId = account,
            name = "Deal B",
            currency = "EUR",
            stage = "proposal",
            budget = 40000m,
            expectedClose = _today.AddDays(10).ToString("yyyy-MM-dd"),
            stakeholders = new object[] { buyer, champion },
            painPoints = new object[] { new { title = "Nobody sees the backlog", category = "SLOW-FULFIL", severity = 3 } },
        });
        await rep.SetNextStepAsync(b, "Walk the buyer through the draft", _today.AddDays(3));
        // C: solution design in dollars, nobody in the chain, its only pain quantified, closing far ahead.
        await rep.OpportunityAsync(new
        {
            accountId = account,
            name = "Deal C",
            currency = "USD",
            stage = "solution-design",
            budget = 20000m,
            expectedClose = _today.AddDays(200).ToString("yyyy-MM-dd"),
            painPoints = new object[] { new { title = "Returns pile up", category = "STOCK-ERRORS", severity = 2, annualImpact = 10000m } },
        });

        var home = await browser.HomeAsync();

        Assert.Equal("1", home.Text("#rep-stages tr[data-stage=discovery] .home-count"));
        Assert.Equal("EUR 100,000", home.Text("#rep-stages tr[data-stage=discovery] td:last-child"));
        Assert.Equal("1", home.Text("#rep-stages tr[data-stage=solution-design] .home-count"));
        Assert.Equal("USD 20,000", home.Text("#rep-stages tr[data-stage=solution-design] td:last-child"));
        Assert.Equal("1", home.Text("#rep-stages tr[data-stage=proposal] .home-count"));
        Assert.Equal("EUR 40,000", home.Text("#rep-stages tr[data-stage=proposal] td:last-child"));
        Assert.Equal("0", home.Text("#rep-stages tr[data-stage=negotiation] .home-count"));
        Assert.Equal("/opportunities?owner=me&stage=proposal", home.Attr("#rep-stages tr[data-stage=proposal] .home-count", "href"));
        Assert.Equal(["Deal B"], home.QuerySelectorAll("#rep-stages .home-list > li > a").Select(x => x.TextContent));

        Assert.Equal("2", home.Text("#rep-unquantified .home-figure__value"));
        Assert.Equal(["Deal A", "Deal B"], home.QuerySelectorAll("#rep-unquantified .home-list > li > a").Select(x => x.TextContent).Order());

        Assert.Equal("2", home.Text("#rep-missing-people .home-figure__value"));
        Assert.Equal(["Deal A", "Deal C"], home.QuerySelectorAll("#rep-missing-people .home-list > li > a").Select(x => x.TextContent).Order());

        Assert.Equal("1", home.Text("#rep-overdue-steps .home-figure__value"));
        Assert.Equal(["Deal A"], home.QuerySelectorAll("#rep-overdue-steps .home-list > li > a").Select(x => x.TextContent));
        Assert.Equal("1", home.Text("#rep-overdue-playbook .home-figure__value"));
        Assert.Equal(["Deal B"], home.QuerySelectorAll("#rep-overdue-playbook .home-list > li > a").Select(x => x.TextContent));
        Assert.Contains("Send a revision of the proposal to the client", home.Text("#rep-overdue-playbook .home-sublist"));
        Assert.Equal($"/opportunities/{b.GetProperty("id").GetInt32()}#playbook", home.Attr("#rep-overdue-playbook .home-list > li > a", "href"));
    }

    [Fact]
    public async Task PresalesAndApproversSeeTheirProposalsAndDecisionsCountedByHand()
    {
        var (presalesPage, presales, _) = await app.PersonAsync(Roles.Presales);
        var (approverPage, approver, _) = await app.PersonAsync(Roles.Approver);
        var rep = await app.ApiClientAsync("rep@demo.local");
        var waitingBefore = int.Parse((await presalesPage.HomeAsync()).Text("#presales-waiting .home-figure__value"), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        var account = await rep.AccountAsync("Handmade Proposals SA");
        var pains = new object[]
        {
            new { title = "Stock is wrong", category = "STOCK-ERRORS", severity = 5, annualImpact = 200000m },
            new { title = "Orders wait", category = "SLOW-FULFIL", severity = 4, annualImpact = 80000m },
        };
        var empty = await rep.OpportunityAsync(new { accountId = account, name = "Empty start", currency = "EUR", painPoints = pains });
        var rejected = await rep.OpportunityAsync(new { accountId = account, name = "Rejected start", currency = "EUR", painPoints = pains });
        var approved = await rep.OpportunityAsync(new { accountId = account, name = "Approved start", currency = "EUR", painPoints = pains });

        var waitingHome = await presalesPage.HomeAsync();
        var open = await presales.ProposalAsync(empty.GetProperty("id").GetInt32(), "Empty start proposal", recommend: false);
        var toReject = await presales.ProposalAsync(rejected.GetProperty("id").GetInt32(), "Rejected start proposal", recommend: true);
        await presales.SubmitForReviewAsync(toReject);
        var toApprove = await presales.ProposalAsync(approved.GetProperty("id").GetInt32(), "Approved start proposal", recommend: true);
        await presales.SubmitForReviewAsync(toApprove);
        var queueHome = await approverPage.HomeAsync();
        await approver.DecideAsync(toReject.GetProperty("id").GetInt32(), "reject", "Forty percent is too deep for this client.");
        await approver.DecideAsync(toApprove.GetProperty("id").GetInt32(), "approve", "Agreed.");

        var presalesHome = await presalesPage.HomeAsync();
        var approverHome = await approverPage.HomeAsync();

        Assert.Equal((waitingBefore + 3).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), waitingHome.Text("#presales-waiting .home-figure__value"));
        Assert.Equal(waitingBefore.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), presalesHome.Text("#presales-waiting .home-figure__value"));

        Assert.Equal("2", presalesHome.Text("#presales-drafts .home-figure__value")); // the empty start, and the rejected one back in draft
        Assert.Equal(["Empty start proposal", "Rejected start proposal"], presalesHome.QuerySelectorAll("#presales-drafts .home-list > li > a").Select(x => x.TextContent).Order());

        Assert.Equal("1", presalesHome.Text("#presales-returned .home-figure__value"));
        Assert.Equal("Rejected start proposal", presalesHome.Text("#presales-returned .home-list > li > a"));
        Assert.Contains("Forty percent is too deep for this client.", presalesHome.Text("#presales-returned .home-list > li"));

        // The empty start answers neither pain; the recommendations answer theirs.
        Assert.Equal("1", presalesHome.Text("#presales-uncovered .home-figure__value"));
        Assert.Equal("Empty start proposal", presalesHome.Text("#presales-uncovered .home-list > li > a"));
        Assert.Equal("2 pain points", presalesHome.Text("#presales-uncovered .home-list > li .badge"));
        Assert.Equal($"/proposals/{open.GetProperty("id").GetInt32()}", presalesHome.Attr("#presales-uncovered .home-list > li > a", "href"));

        Assert.Equal("2", queueHome.Text("#approver-queue .home-figure__value"));
        Assert.Equal([toReject.GetProperty("id").GetInt32().ToString(), toApprove.GetProperty("id").GetInt32().ToString()],
            queueHome.QuerySelectorAll("#approver-queue tr[data-proposal]").Select(r => r.GetAttribute("data-proposal")));
        Assert.Equal("40.0%", queueHome.Text("#approver-queue tr[data-proposal] td:last-child"));
        Assert.StartsWith("EUR ", queueHome.Text("#approver-queue tr[data-proposal] td.num"));

        Assert.Equal("1", approverHome.Text("#approver-approved"));
        Assert.Equal("1", approverHome.Text("#approver-rejected"));
        Assert.Equal(["Approved start proposal", "Rejected start proposal"], approverHome.QuerySelectorAll("#approver-decisions .home-list > li > a").Select(x => x.TextContent));
        Assert.NotNull(approverHome.QuerySelector("#approver-queue .empty-state"));
    }

    [Fact]
    public async Task TheProductManagerSeesTheTopGapsCountedByHandAndAsTheInsightCountsThem()
    {
        // The demo catalogue answers every category well: a new category no item addresses is the one gap.
        var product = await app.SignInAsync("product@demo.local");
        var added = await product.SubmitFormAsync("/catalogue/categories", "/catalogue/categories",
            new Dictionary<string, string> { ["Code"] = "DRONE-INSPECTION", ["Name"] = "Drone inspections", ["Description"] = "Inspecting stock by drone." });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, added.StatusCode);
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await rep.AccountAsync("Handmade Gaps BV");
        await rep.OpportunityAsync(new
        {
            accountId = account,
            name = "Gap deal",
            currency = "EUR",
            painPoints = new object[]
            {
                new { title = "Counting by hand", category = "DRONE-INSPECTION", severity = 4, annualImpact = 10000m, clientWords = "We count pallets with a ladder." },
                new { title = "Counting at night", category = "DRONE-INSPECTION", severity = 3, annualImpact = 5000m },
                new { title = "Counting twice", category = "DRONE-INSPECTION", severity = 2 },
            },
        });

        var home = await product.HomeAsync();

        Assert.Equal("1", home.Text("#product-gaps .home-figure__value"));
        Assert.Equal(["DRONE-INSPECTION"], home.QuerySelectorAll("#product-gaps tr[data-category]").Select(r => r.GetAttribute("data-category")));
        Assert.Contains("Drone inspections", home.Text("#product-gaps tr[data-category] td:first-child"));
        Assert.Contains("No item answers it", home.Text("#product-gaps tr[data-category] td:first-child"));
        Assert.Equal("3", home.Text("#product-gaps tr[data-category] td:nth-child(2)"));
        Assert.Equal("EUR 15,000", home.Text("#product-gaps tr[data-category] td:nth-child(3)"));
        Assert.Equal(InsightUrls.Gaps, home.Attr("#product-gaps .home-figure", "href"));

        using var scope = app.Services.CreateScope();
        var (filter, _) = await scope.ServiceProvider.GetRequiredService<InsightFilters>().ReadAsync(new InsightQuery(), new InsightAccess("x", SeesEveryone: true), CancellationToken.None);
        var gaps = await scope.ServiceProvider.GetRequiredService<CatalogueGaps>().ListAsync(filter, CancellationToken.None);
        Assert.Equal(gaps.Take(5).Select(g => g.Category), home.QuerySelectorAll("#product-gaps tr[data-category]").Select(r => r.GetAttribute("data-category")));
    }

    [Fact]
    public async Task TheAdminSeesPeopleByRoleWhoIsLockedOutAndThePdfBrowser()
    {
        var locked = $"home.locked.{Guid.NewGuid():n}@test.local";
        var user = await app.CreateUserAsync(locked, HomeData.Password, Roles.Rep);
        for (var i = 0; i < 5; i++)
        {
            await app.CreateBrowser().PostLoginAsync(locked, "not the password");
        }

        var home = await (await app.SignInAsync("admin@demo.local")).HomeAsync();

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var role in Roles.All)
        {
            Assert.Equal((await users.GetUsersInRoleAsync(role)).Count.ToString(), home.Text($"#admin-users li[data-role={role}] .role-list__count"));
        }
        Assert.Contains(home.QuerySelectorAll("#admin-locked .home-list > li > a"), a => a.GetAttribute("href") == $"/admin/users/{user.Id}");
        Assert.Contains("Not started", home.Text("#admin-pdf")); // the tests start no Chromium; the home never starts one
        Assert.Equal("/admin/pdf", home.Attr("#admin-pdf a.btn", "href"));
    }

    [Theory]
    [InlineData("wang.lei@demo.local", "我的商机", "按阶段的进行中商机")]
    [InlineData("chen.jing@demo.local", "待编制的方案", "等待方案")]
    [InlineData("zhao.min@demo.local", "审批", "我本月的决定")]
    [InlineData("liu.yang@demo.local", "产品目录", "主要目录缺口")]
    public async Task TheChineseTeamReadsItsHomeInChinese(string email, string section, string card)
    {
        var home = await (await app.SignInAsync(email)).HomeAsync();

        Assert.Equal(section, home.Text(".home-role__title"));
        Assert.Contains(home.QuerySelectorAll(".home-card .card__title"), t => t.TextContent == card);
        Assert.DoesNotContain("Welcome", home.Text("h1"));
    }
}
