namespace Configurator.Web.Demo;

/// <summary>
/// A generated book of business: accounts with their opportunities, pain points and stakeholders,
/// in the shapes of the discovery API. Plain data, so it can be written to the database once the
/// discovery entities exist, or posted to the API.
/// </summary>
public sealed record BookOfBusiness(IReadOnlyList<BookAccount> Accounts)
{
    public int OpportunityCount => Accounts.Sum(a => a.Opportunities.Count);

    public int PainPointCount => Accounts.Sum(a => a.Opportunities.Sum(o => o.PainPoints.Count));

    public int StakeholderCount => Accounts.Sum(a => a.Opportunities.Sum(o => o.Stakeholders.Count));
}
