using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Insights;

/// <summary>What the filter bar shows: the filters as sent, who may be chosen, and the lists to choose from.</summary>
public sealed record InsightFilterBar(string Action, string Target, InsightQuery Query, InsightAccess Access,
    IReadOnlyList<(string Id, string Name)> Owners, IReadOnlyList<string> Industries, IReadOnlyList<string> Regions)
{
    /// <summary>A view's own choices (sort, currency, axis), sent with the filters so one change asks for everything at once.</summary>
    public IReadOnlyList<InsightChoice> Choices { get; init; } = [];
}

/// <summary>
/// What every insight page does first: reads the filters for the signed-in person, puts each refusal beside its filter
/// in the reader's words, and builds the filter bar. A refused filter filters nothing; the page still shows the rest.
/// </summary>
public sealed class InsightPage(ConfiguratorDbContext db, InsightFilters filters, AccountChoices choices, IStringLocalizer<Text> T)
{
    public async Task<(InsightFilter Filter, InsightFilterBar Bar)> ReadAsync(Controller page, InsightQuery query, string action, string target, CancellationToken cancellationToken)
    {
        var access = InsightAccess.Of(page.User);
        var (filter, errors) = await filters.ReadAsync(query, access, cancellationToken);
        foreach (var error in errors)
        {
            page.ModelState.AddModelError(error.Field, Say(error));
        }
        var owners = access.SeesEveryone
            ? await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken)
            : [];
        return (filter, new InsightFilterBar(action, target, query, access, owners.Select(o => (o.Id, o.DisplayName)).ToList(),
            choices.Industries.Values, choices.Regions.Values));
    }

    private string Say(Shared.FieldError error) => error.Field switch
    {
        "industry" => T["Choose one of the industries: {0}.", List(choices.Industries.Values)],
        "region" => T["Choose one of the regions: {0}.", List(choices.Regions.Values)],
        "period" when error.Message.StartsWith("Give either", StringComparison.Ordinal) => T["Choose either a period or dates, not both."],
        "period" => T["Choose a period from the list, or give the first and last day."],
        "from" or "to" when error.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal) => T["Give the day as a date, e.g. 2026-03-31."],
        "to" => T["The last day is on or after the first."],
        "owner" when error.Message.StartsWith("You see", StringComparison.Ordinal) => T["You see insights on your own opportunities; ask a product manager, an approver or an admin for the whole company's."],
        "owner" => T["Choose an owner from the list."],
        _ => T[error.Message],
    };

    private string List(IEnumerable<string> values) =>
        string.Join(Languages.Current == Languages.Chinese ? "、" : ", ", values.Select(T.Choice));
}
