using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Web.Tests.Infrastructure;

namespace Configurator.Web.Tests.Proposals;

/// <summary>The proposals API: create with the recommendation, read with the engine's figures, edit lines with versions, and the workflow.</summary>
public sealed class ProposalApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A fresh EUR opportunity with pains the demo catalogue answers, one nothing answers, and one weakly answered.</summary>
    private async Task<int> CreateOpportunityAsync(string name)
    {
        var rep = await app.ApiClientAsync("rep@demo.local");
        var account = await (await rep.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} GmbH" })).Content.ReadFromJsonAsync<JsonElement>();
        var body = new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            stakeholders = new[] { new { key = "cfo", name = "Eva", role = "economic-buyer" } },
            painPoints = new object[]
            {
                new { title = "Phantom stock <b>every</b> week", category = "STOCK-ERRORS", severity = 5, annualImpact = 240000m, raisedBy = "cfo" },
                new { title = "Carriers overcharge", category = "CARRIER-COSTS", severity = 3, annualImpact = 90000m },
                new { title = "Nobody uses the old system", category = "ADOPTION", severity = 2 },
                new { title = "订单等待人工核对", category = "SLOW-FULFIL", severity = 4, annualImpact = 120000.50m },
            },
        };
        var created = await rep.PostAsJsonAsync("/api/v1/opportunities", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<(HttpClient Presales, JsonElement Proposal)> CreateProposalAsync(string name, object? body = null)
    {
        var opportunity = await CreateOpportunityAsync(name);
        var presales = await app.ApiClientAsync("presales@demo.local");
        var response = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/proposals", body ?? new { title = $"{name} proposal", language = "en", termMonths = 36, recommend = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (presales, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static int Id(JsonElement e) => e.GetProperty("id").GetInt32();

    private static int Version(JsonElement e) => e.GetProperty("version").GetInt32();

    private static JsonElement Option(JsonElement proposal, int index = 0) => proposal.GetProperty("options")[index];

    [Fact]
    public async Task PresalesCreateAProposalThatStartsFromTheRecommendation()
    {
        var (_, proposal) = await CreateProposalAsync("Recommend");
        var option = Option(proposal);
        var lines = option.GetProperty("lines").EnumerateArray().ToList();
        var codes = lines.Select(l => l.GetProperty("itemCode").GetString()).ToList();

        Assert.Equal("draft", proposal.GetProperty("status").GetString());
        Assert.Equal("EUR", proposal.GetProperty("currency").GetString());
        Assert.Equal("Recommended", option.GetProperty("name").GetString());
        Assert.Contains("STD-WMS-CORE", codes);
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "service");
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("reason").GetString())));
        Assert.Contains("“Phantom stock <b>every</b> week” (strong)", lines.First(l => l.GetProperty("itemCode").GetString() == "STD-WMS-CORE").GetProperty("reason").GetString());
        Assert.Equal(4, option.GetProperty("coverage").GetArrayLength());
        Assert.All(option.GetProperty("coverage").EnumerateArray(), c => Assert.Equal("covered", c.GetProperty("status").GetString()));
        Assert.False(proposal.GetProperty("approval").GetProperty("required").GetBoolean());
        Assert.False(option.TryGetProperty("margin", out var margin) && margin.ValueKind != JsonValueKind.Null);
        Assert.True(option.GetProperty("recommended").GetBoolean());
    }

    [Fact]
    public async Task OfGoodBetterBestTheMiddleOptionIsTheRecommendedOne()
    {
        var (_, proposal) = await CreateProposalAsync("Tiers", new { title = "Tiers proposal", language = "en", termMonths = 36, options = true });

        var options = proposal.GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(3, options.Count);
        Assert.Equal([false, true, false], options.Select(o => o.GetProperty("recommended").GetBoolean()));
    }

    [Fact]
    public async Task TheFiguresFollowTheContractsArithmeticToTheCent()
    {
        var (_, proposal) = await CreateProposalAsync("Arithmetic");
        var option = Option(proposal);
        var term = proposal.GetProperty("termMonths").GetInt32();
        decimal oneTime = 0, monthly = 0, annual = 0, list = 0;
        foreach (var line in option.GetProperty("lines").EnumerateArray())
        {
            var listPrice = line.GetProperty("listPrice").GetDecimal();
            var quantity = line.GetProperty("quantity").GetInt32();
            var net = Math.Round(listPrice * (1 - (line.GetProperty("discountPercent").GetDecimal() / 100)), 2, MidpointRounding.AwayFromZero);
            Assert.Equal(net, line.GetProperty("netUnitPrice").GetDecimal());
            Assert.Equal(net * quantity, line.GetProperty("netTotal").GetDecimal());
            var periods = line.GetProperty("model").GetString() switch { "one-time" => 1, "monthly" => term, _ => (term + 11) / 12 };
            list += listPrice * quantity * periods;
            switch (line.GetProperty("model").GetString())
            {
                case "one-time": oneTime += net * quantity; break;
                case "monthly": monthly += net * quantity; break;
                default: annual += net * quantity; break;
            }
        }
        var totals = option.GetProperty("totals");
        var contract = oneTime + (monthly * term) + (annual * ((term + 11) / 12));

        Assert.Equal(oneTime, totals.GetProperty("oneTime").GetDecimal());
        Assert.Equal(monthly, totals.GetProperty("monthly").GetDecimal());
        Assert.Equal(annual, totals.GetProperty("annual").GetDecimal());
        Assert.Equal(contract, totals.GetProperty("contractValue").GetDecimal());
        Assert.Equal(list, totals.GetProperty("listContractValue").GetDecimal());
        Assert.Equal(240000m + 90000m + 120000.50m, option.GetProperty("value").GetProperty("annualPainCostAnswered").GetDecimal());
        await AssertValueFollowsTheDefinitionsAsync(proposal, option, oneTime, monthly, annual, contract);
    }

    /// <summary>The value model recomputed from docs/api.md: the catalogue's strengths (or the item's own figure) per line, the opportunity's pain points.</summary>
    private async Task AssertValueFollowsTheDefinitionsAsync(JsonElement proposal, JsonElement option, decimal oneTime, decimal monthly, decimal annual, decimal contract)
    {
        var client = await app.ApiClientAsync("presales@demo.local");
        var term = proposal.GetProperty("termMonths").GetInt32();
        var opportunity = await client.GetFromJsonAsync<JsonElement>($"/api/v1/opportunities/{proposal.GetProperty("opportunityId").GetInt32()}");
        var shares = new List<(string Category, decimal Share)>[option.GetProperty("lines").GetArrayLength()];
        var index = 0;
        foreach (var line in option.GetProperty("lines").EnumerateArray())
        {
            var item = await client.GetFromJsonAsync<JsonElement>($"/api/v1/catalogue/items/{line.GetProperty("itemCode").GetString()}");
            var estimates = line.GetProperty("improvements").EnumerateArray().ToDictionary(i => i.GetProperty("category").GetString()!, i => i.GetProperty("percent").GetDecimal());
            shares[index++] = [.. item.GetProperty("addresses").EnumerateArray().Select(a =>
            {
                var category = a.GetProperty("category").GetString()!;
                var percent = estimates.TryGetValue(category, out var estimate) ? estimate
                    : a.TryGetProperty("improvementPercent", out var own) && own.ValueKind == JsonValueKind.Number ? own.GetDecimal()
                    : a.GetProperty("strength").GetInt32() switch { 1 => 15m, 2 => 35m, _ => 60m };
                return (category, percent / 100m);
            })];
        }
        var firstYear = oneTime + (monthly * Math.Min(term, 12)) + annual;
        var value = option.GetProperty("value");
        Assert.Equal(firstYear, value.GetProperty("firstYearInvestment").GetDecimal());
        foreach (var scenario in value.GetProperty("scenarios").EnumerateArray())
        {
            var factor = scenario.GetProperty("name").GetString() switch { "conservative" => 0.5m, "expected" => 1m, _ => 1.25m };
            Assert.Equal(factor, scenario.GetProperty("factor").GetDecimal());
            var sum = 0m;
            foreach (var pain in opportunity.GetProperty("painPoints").EnumerateArray())
            {
                var category = pain.GetProperty("category").GetString();
                var left = shares.SelectMany(l => l.Where(s => s.Category == category)).Aggregate(1m, (rest, s) => rest * (1 - Math.Min(1, s.Share * factor)));
                if (factor == 1m)
                {
                    Assert.Equal(1 - left, value.GetProperty("improvementByPain").GetProperty(pain.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDecimal());
                }
                if (pain.TryGetProperty("annualImpact", out var impact) && impact.ValueKind == JsonValueKind.Number)
                {
                    sum += impact.GetDecimal() * (1 - left);
                }
            }
            var annualValue = Math.Round(sum, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(annualValue, scenario.GetProperty("annualValue").GetDecimal());
            Assert.Equal(Math.Round(firstYear / (annualValue / 12), 2, MidpointRounding.AwayFromZero), scenario.GetProperty("paybackMonths").GetDecimal());
            var years = scenario.GetProperty("years").EnumerateArray().ToList();
            Assert.Equal((term + 11) / 12, years.Count);
            var overTerm = 0m;
            for (var y = 1; y <= years.Count; y++)
            {
                var months = Math.Min(12, term - (12 * (y - 1)));
                var yearValue = Math.Round(annualValue * (y == 1 ? 0.5m : 1m) * months / 12m, 2, MidpointRounding.AwayFromZero);
                overTerm += yearValue;
                Assert.Equal(yearValue, years[y - 1].GetProperty("value").GetDecimal());
                Assert.Equal((y == 1 ? oneTime : 0) + (monthly * months) + annual, years[y - 1].GetProperty("cost").GetDecimal());
                Assert.Equal(overTerm, years[y - 1].GetProperty("cumulativeValue").GetDecimal());
            }
            Assert.Equal(contract, years[^1].GetProperty("cumulativeCost").GetDecimal());
            Assert.Equal(overTerm - contract, scenario.GetProperty("netValueOverTerm").GetDecimal());
            Assert.Equal(Math.Round((overTerm - contract) / contract, 4, MidpointRounding.AwayFromZero), scenario.GetProperty("roi").GetDecimal());
            if (factor == 1m)
            {
                Assert.Equal(annualValue, value.GetProperty("annualValue").GetDecimal());
                Assert.Equal(scenario.GetProperty("roi").GetDecimal(), value.GetProperty("roi").GetDecimal());
            }
        }
        // "Nobody uses the old system" has no annual impact: listed when answered, never counted as zero silently.
        var adoption = opportunity.GetProperty("painPoints").EnumerateArray().Single(p => p.GetProperty("category").GetString() == "ADOPTION").GetProperty("id").GetInt32();
        Assert.Equal(value.GetProperty("improvementByPain").GetProperty(adoption.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDecimal() > 0,
            value.GetProperty("notQuantified").EnumerateArray().Any(p => p.GetInt32() == adoption));
    }

    [Fact]
    public async Task PresalesEstimateWhatALineRemovesWithAReasonAndTheValueFollows()
    {
        var (presales, proposal) = await CreateProposalAsync("Estimates");
        var id = Id(proposal);
        var option = Option(proposal);
        var line = option.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("itemCode").GetString() == "STD-WMS-CORE");
        var url = $"/api/v1/proposals/{id}/options/{Id(option)}/lines/{Id(line)}/improvements/STOCK-ERRORS";
        var before = option.GetProperty("value").GetProperty("annualValue").GetDecimal();

        var tooMuch = await presales.PutAsJsonAsync(url, new { percent = 120, reason = "Pilot", version = Version(proposal) });
        var noReason = await presales.PutAsJsonAsync(url, new { percent = 80, reason = " ", version = Version(proposal) });
        var elsewhere = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/options/{Id(option)}/lines/{Id(line)}/improvements/NOT-ANSWERED", new { percent = 80, reason = "Pilot", version = Version(proposal) });
        var unchanged = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("0 to 100", (await tooMuch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("percent")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("STOCK-ERRORS", (await elsewhere.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("category")[0].GetString());
        Assert.Equal(Version(proposal), Version(unchanged));

        var estimated = await presales.PutAsJsonAsync(url, new { percent = 90, reason = "Their Leipzig site cut stock corrections by 90% with the same scanners", version = Version(proposal) });
        Assert.Equal(HttpStatusCode.OK, estimated.StatusCode);
        var after = await estimated.Content.ReadFromJsonAsync<JsonElement>();
        var afterOption = Option(after);
        var assumption = afterOption.GetProperty("value").GetProperty("assumptions").EnumerateArray()
            .Single(a => a.GetProperty("lineId").GetInt32() == Id(line) && a.GetProperty("source").GetString() == "presales");
        Assert.Equal(0.9m, assumption.GetProperty("improvement").GetDecimal());
        Assert.StartsWith("Their Leipzig site", assumption.GetProperty("reason").GetString());
        Assert.True(afterOption.GetProperty("value").GetProperty("annualValue").GetDecimal() > before);
        var totals = afterOption.GetProperty("totals");
        await AssertValueFollowsTheDefinitionsAsync(after, afterOption, totals.GetProperty("oneTime").GetDecimal(), totals.GetProperty("monthly").GetDecimal(),
            totals.GetProperty("annual").GetDecimal(), totals.GetProperty("contractValue").GetDecimal());

        var takenBack = await presales.DeleteAsync($"{url}?version={Version(after)}");
        Assert.Equal(HttpStatusCode.OK, takenBack.StatusCode);
        Assert.Equal(before, Option(await takenBack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetProperty("annualValue").GetDecimal());
    }

    [Fact]
    public async Task OnlyPresalesAndAdminsCreateAndBadValuesAreNamedAtTheirPaths()
    {
        var opportunity = await CreateOpportunityAsync("Refusals");
        var rep = await app.ApiClientAsync("rep@demo.local");
        var product = await app.ApiClientAsync("product@demo.local");
        var presales = await app.ApiClientAsync("presales@demo.local");

        var byRep = await rep.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/proposals", new { title = "x" });
        var byProduct = await product.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/proposals", new { title = "x" });
        var bad = await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/proposals", new { title = "  ", language = "fr", termMonths = 0 });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var missing = await presales.PostAsJsonAsync("/api/v1/opportunities/999999/proposals", new { title = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byProduct.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.Contains("en, zh-CN", errors.GetProperty("language")[0].GetString());
        Assert.True(errors.TryGetProperty("termMonths", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task LinesAreAddedChangedAndRemovedWithTheProposalsVersion()
    {
        var (presales, proposal) = await CreateProposalAsync("Lines", new { title = "Lines", termMonths = 12 });
        var id = Id(proposal);
        var option = Id(Option(proposal));
        Assert.Equal("Main", Option(proposal).GetProperty("name").GetString());

        var added = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{option}/lines", new { itemCode = "INN-CARRIER-BID", quantity = 2, version = Version(proposal) });
        var afterAdd = await added.Content.ReadFromJsonAsync<JsonElement>();
        var codes = Option(afterAdd).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("itemCode").GetString()).ToList();
        var bid = Option(afterAdd).GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("itemCode").GetString() == "INN-CARRIER-BID");

        var stale = await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{option}/lines/{Id(bid)}", new { quantity = 3, version = Version(proposal) });
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/proposals/{id}/options/{option}/lines/{Id(bid)}") { Content = JsonContent.Create(new { quantity = 3, discountPercent = 4.5m }) };
        patch.Headers.TryAddWithoutValidation("If-Match", $"\"{Version(afterAdd)}\"");
        var changed = await presales.SendAsync(patch);
        var afterChange = await changed.Content.ReadFromJsonAsync<JsonElement>();
        var removed = await presales.DeleteAsync($"/api/v1/proposals/{id}/options/{option}/lines/{Id(bid)}?version={Version(afterChange)}");
        var afterRemove = await removed.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(["STD-TMS", "INN-CARRIER-BID"], codes.Order().Reverse().ToList().OrderBy(c => c != "STD-TMS").ToList());
        Assert.StartsWith("Added by presales. Answers “Carriers overcharge” (strong)", bid.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var line = Option(afterChange).GetProperty("lines").EnumerateArray().Single(l => Id(l) == Id(bid));
        Assert.Equal(3, line.GetProperty("quantity").GetInt32());
        Assert.Equal(14325.00m, line.GetProperty("netUnitPrice").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.DoesNotContain(Option(afterRemove).GetProperty("lines").EnumerateArray(), l => Id(l) == Id(bid));
        Assert.Contains(Option(afterRemove).GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "pain-uncovered");
    }

    [Fact]
    public async Task BadLinesAreRefusedWithTheReasonAndNothingChanges()
    {
        var (presales, proposal) = await CreateProposalAsync("Bad lines");
        var id = Id(proposal);
        var option = Id(Option(proposal));
        var v = Version(proposal);

        async Task<(HttpStatusCode Status, string Body)> Add(object body)
        {
            var response = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{option}/lines", body);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var unknown = await Add(new { itemCode = "NOPE", version = v });
        var retired = await Add(new { itemCode = "STD-LEGACY-SCAN", version = v });
        var draft = await Add(new { itemCode = "INN-FILE-LINK", version = v });
        var quantity = await Add(new { itemCode = "STD-INSIGHT", quantity = 500, discountPercent = 120, version = v });
        var excluded = await Add(new { itemCode = "STD-WMS-LITE", version = v });
        var duplicate = await Add(new { itemCode = "STD-WMS-CORE", version = v });
        var noVersion = await Add(new { itemCode = "STD-YARD" });
        var stale = await Add(new { itemCode = "STD-YARD", version = v - 1 });
        var after = await presales.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("There is no item 'NOPE' in the catalogue.", unknown.Body);
        Assert.Contains("is retired", retired.Body);
        Assert.Contains("is still a draft", draft.Body);
        Assert.True(quantity.Body.Contains("\"quantity\"", StringComparison.Ordinal), quantity.Body);
        Assert.Contains("\"discountPercent\"", quantity.Body);
        Assert.Contains("(STD-WMS-LITE) cannot be added", excluded.Body);
        Assert.Contains("remove STD-WMS-CORE first", excluded.Body);
        Assert.Contains("is already in Recommended", duplicate.Body);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.Status);
        Assert.Contains("\"version\"", noVersion.Body);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal(v, Version(after));
        Assert.Equal(Option(proposal).GetProperty("lines").GetArrayLength(), Option(after).GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task ADiscountBeyondTheLimitNeedsAnApproverAndTheWorkflowRunsToWon()
    {
        var (presales, proposal) = await CreateProposalAsync("Workflow");
        var id = Id(proposal);
        var option = Option(proposal);
        var core = option.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("itemCode").GetString() == "STD-WMS-CORE");
        var approver = await app.ApiClientAsync("approver@demo.local");

        var approveDraft = await approver.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { });
        var sendDraft = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/send", new { });
        var discounted = await (await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{Id(option)}/lines/{Id(core)}", new { discountPercent = 25, version = Version(proposal) })).Content.ReadFromJsonAsync<JsonElement>();
        var unjustified = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { });
        var submitted = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { comment = "Three-year term against a rival's bid", optionId = Id(option) })).Content.ReadFromJsonAsync<JsonElement>();
        var approveByPresales = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { });
        var rejectWithoutComment = await approver.PostAsJsonAsync($"/api/v1/proposals/{id}/reject", new { });
        var approved = await (await approver.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { comment = "Strategic account" })).Content.ReadFromJsonAsync<JsonElement>();
        var asApprover = await approver.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}");
        var sendWithoutRevision = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/send", new { });
        Assert.Equal(HttpStatusCode.Created, (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/revisions", new { })).StatusCode);
        var sent = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/send", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var editSent = await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{Id(option)}/lines/{Id(core)}", new { quantity = 30, version = Version(sent) });
        var lostWithoutComment = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/lost", new { });
        var won = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/won", new { comment = "Signed" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, approveDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, sendDraft.StatusCode);
        Assert.True(discounted.GetProperty("approval").GetProperty("required").GetBoolean());
        Assert.Contains("beyond its 15% limit", discounted.GetProperty("approval").GetProperty("reasons")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unjustified.StatusCode);
        Assert.Contains("the approver reads it", (await unjustified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("comment")[0].GetString());
        Assert.Equal("in-review", submitted.GetProperty("status").GetString());
        Assert.Equal(Id(option), submitted.GetProperty("submittedOptionId").GetInt32());
        Assert.Equal("Three-year term against a rival's bid", submitted.GetProperty("history").EnumerateArray().Last().GetProperty("comment").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, approveByPresales.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rejectWithoutComment.StatusCode);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Object, Option(asApprover).GetProperty("margin").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, sendWithoutRevision.StatusCode);
        Assert.Contains("Issue a revision first", (await sendWithoutRevision.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(1, sent.GetProperty("sentRevision").GetInt32());
        Assert.Equal("Revision 1 sent.", sent.GetProperty("history").EnumerateArray().Last().GetProperty("comment").GetString());
        Assert.Equal(HttpStatusCode.Conflict, editSent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, lostWithoutComment.StatusCode);
        Assert.Equal("won", won.GetProperty("status").GetString());
        Assert.Equal(["submit", "approve", "send", "won"], won.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task WithoutDiscountsBeyondLimitsSubmittingApprovesAtOnceAndAnEditReturnsToDraft()
    {
        var (presales, proposal) = await CreateProposalAsync("Auto approve");
        var id = Id(proposal);
        var option = Option(proposal);
        var line = option.GetProperty("lines")[0];

        var submitted = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { version = Version(proposal) })).Content.ReadFromJsonAsync<JsonElement>();
        var edited = await (await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{Id(option)}/lines/{Id(line)}", new { discountPercent = 1, version = Version(submitted) })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("approved", submitted.GetProperty("status").GetString());
        Assert.Equal("draft", edited.GetProperty("status").GetString());
        Assert.Equal("edit", edited.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Fact]
    public async Task ARejectionReturnsTheProposalToDraftAndAWithdrawnOneIsClosed()
    {
        var (presales, proposal) = await CreateProposalAsync("Reject");
        var id = Id(proposal);
        var option = Option(proposal);
        var line = option.GetProperty("lines")[0];
        var approver = await app.ApiClientAsync("approver@demo.local");

        var discounted = await (await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{Id(option)}/lines/{Id(line)}", new { discountPercent = 50, version = Version(proposal) })).Content.ReadFromJsonAsync<JsonElement>();
        var submitted = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { comment = "Launch customer", version = Version(discounted) })).Content.ReadFromJsonAsync<JsonElement>();
        var staleReject = await approver.PostAsJsonAsync($"/api/v1/proposals/{id}/reject", new { comment = "No", version = Version(discounted) });
        var rejected = await (await approver.PostAsJsonAsync($"/api/v1/proposals/{id}/reject", new { comment = "Half price is too much" })).Content.ReadFromJsonAsync<JsonElement>();
        var withdrawn = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/withdraw", new { comment = "Client paused the project" })).Content.ReadFromJsonAsync<JsonElement>();
        var submitWithdrawn = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/submit", new { });
        var withdrawAgain = await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/withdraw", new { });

        Assert.Equal("in-review", submitted.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, staleReject.StatusCode);
        Assert.Equal("draft", rejected.GetProperty("status").GetString());
        Assert.Equal("Half price is too much", rejected.GetProperty("history").EnumerateArray().Last().GetProperty("comment").GetString());
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, submitWithdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, withdrawAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await presales.GetAsync("/api/v1/proposals/999999")).StatusCode);
    }

    [Fact]
    public async Task ALineNoteAndAWhyNotAreSavedShownAndSatisfyTheirWarnings()
    {
        var (presales, empty) = await CreateProposalAsync("Notes", new { title = "Notes proposal", recommend = false });
        var id = Id(empty);
        var proposal = await (await presales.PostAsJsonAsync($"/api/v1/proposals/{id}/options/{Id(Option(empty))}/lines", new { itemCode = "SVC-CARE-247", version = Version(empty) })).Content.ReadFromJsonAsync<JsonElement>();
        var option = Option(proposal);
        var line = option.GetProperty("lines")[0];
        Assert.Contains(option.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "line-answers-nothing");
        var uncovered = option.GetProperty("coverage").EnumerateArray().First(c => c.GetProperty("status").GetString() == "uncovered").GetProperty("painPointId").GetInt32();

        var tooLong = await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{Id(option)}/lines/{Id(line)}", new { note = new string('n', 501), version = Version(proposal) });
        var noted = await (await presales.PatchAsJsonAsync($"/api/v1/proposals/{id}/options/{Id(option)}/lines/{Id(line)}", new { note = " The scanners they own stay. ", version = Version(proposal) })).Content.ReadFromJsonAsync<JsonElement>();
        var unknownPain = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/pain-points/999999/note", new { text = "Because.", version = Version(noted) });
        var whyNotTooLong = await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/pain-points/{uncovered}/note", new { text = new string('w', 501), version = Version(noted) });
        var explained = await (await presales.PutAsJsonAsync($"/api/v1/proposals/{id}/pain-points/{uncovered}/note", new { text = "Their carrier contract runs until 2028.", version = Version(noted) })).Content.ReadFromJsonAsync<JsonElement>();
        var rep = await app.ApiClientAsync("rep@demo.local");
        var byRep = await rep.PutAsJsonAsync($"/api/v1/proposals/{id}/pain-points/{uncovered}/note", new { text = "No.", version = Version(explained) });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));
        Assert.Equal("The scanners they own stay.", Option(noted).GetProperty("lines")[0].GetProperty("note").GetString());
        Assert.DoesNotContain(Option(noted).GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "line-answers-nothing");
        Assert.Equal(line.GetProperty("quantity").GetInt32(), Option(noted).GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknownPain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, whyNotTooLong.StatusCode);
        Assert.True((await whyNotTooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("text", out _));
        var note = Assert.Single(explained.GetProperty("painNotes").EnumerateArray());
        Assert.Equal((uncovered, "Their carrier contract runs until 2028."), (note.GetProperty("painPointId").GetInt32(), note.GetProperty("text").GetString()));
        Assert.DoesNotContain(Option(explained).GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "pain-uncovered" && i.GetProperty("painPointId").GetInt32() == uncovered);
        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);

        var preview = await presales.GetStringAsync($"/api/v1/proposals/{id}/preview");
        Assert.Contains("Not part of this proposal because:", preview);
        Assert.Contains("Their carrier contract runs until 2028.", preview);
        Assert.Contains("The scanners they own stay.", preview);
    }

    [Fact]
    public async Task ThePlaybookCountsTheOpportunitysProposals()
    {
        var opportunity = await CreateOpportunityAsync("Playbook facts");
        var rep = await app.SignInAsync("rep@demo.local");

        var before = await (await rep.SubmitFormAsync($"/opportunities/{opportunity}", $"/opportunities/{opportunity}/stage", [new("Stage", "proposal")])).Content.ReadAsStringAsync();
        var presales = await app.ApiClientAsync("presales@demo.local");
        await presales.PostAsJsonAsync($"/api/v1/opportunities/{opportunity}/proposals", new { title = "First", recommend = true });
        var after = await rep.SubmitFormAsync($"/opportunities/{opportunity}", $"/opportunities/{opportunity}/stage", [new("Stage", "proposal")]);
        var page = await rep.GetPageAsync($"/opportunities/{opportunity}");

        Assert.Contains("1 playbook action is still open: Build a proposal for the opportunity.", before);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("Send a revision of the proposal to the client", page);
        Assert.Contains("href=\"/proposals/", page);
    }

    [Fact]
    public async Task GoodBetterBestOptionsAndCopiedOptions()
    {
        var (presales, proposal) = await CreateProposalAsync("Options", new { title = "Options", options = true });
        var names = proposal.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        var copy = await presales.PostAsJsonAsync($"/api/v1/proposals/{Id(proposal)}/options", new { name = "Negotiated", copyFrom = Id(Option(proposal, 1)), version = Version(proposal) });
        var afterCopy = await copy.Content.ReadFromJsonAsync<JsonElement>();
        var clash = await presales.PostAsJsonAsync($"/api/v1/proposals/{Id(proposal)}/options", new { name = "negotiated", version = Version(afterCopy) });

        Assert.Equal(["Essential", "Advantage", "Premium"], names);
        Assert.All(proposal.GetProperty("options").EnumerateArray(), o => Assert.DoesNotContain(o.GetProperty("issues").EnumerateArray(), i => i.GetProperty("severity").GetString() == "error"));
        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        Assert.Equal(
            Option(proposal, 1).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("itemCode").GetString()),
            Option(afterCopy, 3).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("itemCode").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);

        var negotiated = Id(Option(afterCopy, 3));
        var renamed = await (await presales.PatchAsJsonAsync($"/api/v1/proposals/{Id(proposal)}/options/{negotiated}", new { name = "Negotiated 二", move = -1, version = Version(afterCopy) })).Content.ReadFromJsonAsync<JsonElement>();
        var deleted = await presales.DeleteAsync($"/api/v1/proposals/{Id(proposal)}/options/{Id(Option(renamed, 0))}?version={Version(renamed)}");
        var afterDelete = await deleted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["Essential", "Advantage", "Negotiated 二", "Premium"], renamed.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(["Advantage", "Negotiated 二", "Premium"], afterDelete.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
    }
}
