using System.Globalization;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Insights;

/// <summary>
/// Reads the filters once for every insight page, its CSV and the API. A bad value is an error under its
/// parameter's name (a 400 in the API, a message beside the filter on a page) and filters nothing.
/// Who may see what is decided here too: see <see cref="InsightAccess"/>.
/// </summary>
public sealed class InsightFilters(ConfiguratorDbContext db, AccountChoices choices, TimeProvider clock)
{
    public DateOnly Today => clock.Date();

    public async Task<(InsightFilter Filter, IReadOnlyList<FieldError> Errors)> ReadAsync(InsightQuery query, InsightAccess access, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var (from, to, period) = Period(query, errors);
        var owner = await OwnerFilter.ResolveAsync(db, query.Owner, access.ActorId, errors, cancellationToken);
        if (!access.SeesEveryone)
        {
            // Reps and presales see their own pipeline: any other owner asked for is refused, not quietly replaced.
            if (owner is not null && owner != access.ActorId)
            {
                errors.Add(new("owner", "You see insights on your own opportunities; ask a product manager, an approver or an admin for the whole company's."));
            }
            owner = access.ActorId;
        }
        var industry = await ChoiceAsync(query.Industry, choices.Industries, db.Accounts.Select(a => a.Industry), "industry", "industries", errors, cancellationToken);
        var region = await ChoiceAsync(query.Region, choices.Regions, db.Accounts.Select(a => a.Region), "region", "regions", errors, cancellationToken);
        return (new InsightFilter(from, to, owner, industry, region) { Period = period, OwnPipeline = !access.SeesEveryone }, errors);
    }

    private (DateOnly? From, DateOnly? To, string Period) Period(InsightQuery query, List<FieldError> errors)
    {
        var from = Date(query.From, "from", errors);
        var to = Date(query.To, "to", errors);
        var named = query.Period?.Trim() ?? "";
        if (named.Length > 0 && named != InsightPeriods.Range)
        {
            if (!InsightPeriods.Named.Contains(named))
            {
                errors.Add(new("period", $"period is one of {string.Join(", ", InsightPeriods.Named)}, or give from and to."));
                return (InsightPeriods.Start(InsightPeriods.Default, Today), null, InsightPeriods.Default);
            }
            if (from is not null || to is not null)
            {
                errors.Add(new("period", "Give either a period or dates (from, to), not both."));
            }
            return (InsightPeriods.Start(named, Today), null, named);
        }
        if (from is null && to is null)
        {
            return named == InsightPeriods.Range ? (null, null, InsightPeriods.All) : (InsightPeriods.Start(InsightPeriods.Default, Today), null, InsightPeriods.Default);
        }
        if (from > to)
        {
            errors.Add(new("to", "The last day is on or after the first."));
            return (null, null, InsightPeriods.Range);
        }
        return (from, to, InsightPeriods.Range);
    }

    private static DateOnly? Date(string? value, string parameter, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(new(parameter, $"{parameter} is a date written yyyy-MM-dd, such as 2026-03-31."));
        return null;
    }

    /// <summary>
    /// A value from the configured list, or one some account already has (when the list allows other values); anything
    /// else is refused rather than quietly matching nothing.
    /// </summary>
    private static async Task<string?> ChoiceAsync(string? value, ChoiceList list, IQueryable<string> saved, string parameter, string plural, List<FieldError> errors,
        CancellationToken cancellationToken)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        var canonical = list.Canonical(text);
        if (list.Values.Contains(canonical, StringComparer.Ordinal) || (list.AllowsOther && await saved.AnyAsync(v => v == canonical, cancellationToken)))
        {
            return canonical;
        }
        errors.Add(new(parameter, $"Choose one of the {plural}: {string.Join(", ", list.Values)}."));
        return null;
    }
}
