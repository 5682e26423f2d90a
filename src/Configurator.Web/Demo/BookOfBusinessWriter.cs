using Configurator.Domain.Catalogue;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;

namespace Configurator.Web.Demo;

/// <summary>Writes a generated book of business into the discovery tables, a few hundred accounts per save.</summary>
public static class BookOfBusinessWriter
{
    private const int AccountsPerSave = 200;

    public static async Task<int> WriteAsync(ConfiguratorDbContext db, BookOfBusiness book, IReadOnlyDictionary<string, string> userIdsByEmail,
        DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var written = 0;
        foreach (var chunk in book.Accounts.Chunk(AccountsPerSave))
        {
            var accounts = chunk.Select(a => (Book: a, Entity: Account.Create(a.Name, a.Industry, a.Region, a.Size, userIdsByEmail[a.OwnerEmail], a.Notes, at))).ToList();
            db.Accounts.AddRange(accounts.Select(a => a.Entity));
            await db.SaveChangesAsync(cancellationToken);
            var opportunities = new List<Opportunity>();
            foreach (var (bookAccount, account) in accounts)
            {
                db.Activity.Add(ActivityEntry.Record(account.Id, null, ActivityKind.AccountCreated, ActivityText.Of("Created the account {0}", ActivityPart.Name(account.Name)), account.OwnerId, at));
                var people = new List<Person>();
                foreach (var bookOpportunity in bookAccount.Opportunities)
                {
                    opportunities.Add(Opportunity(account.Id, bookOpportunity, people, userIdsByEmail, at));
                }
            }
            db.Opportunities.AddRange(opportunities);
            await db.SaveChangesAsync(cancellationToken);
            db.Activity.AddRange(opportunities.Select(o => ActivityEntry.Record(o.AccountId, o.Id, ActivityKind.OpportunityCreated,
                Features.Discovery.OpportunityService.Started(o), o.OwnerId, at)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            written += chunk.Length;
        }
        return written;
    }

    private static Opportunity Opportunity(int accountId, BookOpportunity book, List<Person> people, IReadOnlyDictionary<string, string> userIdsByEmail, DateTimeOffset at)
    {
        var stage = DiscoveryTerms.TryParse<OpportunityStage>(book.Stage, out var parsed) ? parsed : OpportunityStage.Discovery;
        var owner = userIdsByEmail[book.OwnerEmail];
        var opportunity = Domain.Discovery.Opportunity.Create(accountId, book.Name, stage, book.ExpectedClose, book.Budget, CurrencyCode.From(book.Currency), book.Competitors, owner, at);
        var stakeholders = book.Stakeholders.ToDictionary(
            s => s.Key,
            s => opportunity.AddStakeholder(PersonOf(accountId, s, people),
                DiscoveryTerms.TryParse<StakeholderRole>(s.Role, out var role) ? role : StakeholderRole.Influencer,
                DiscoveryTerms.TryParse<Stance>(s.Stance, out var stance) ? stance : Stance.Unknown,
                s.Influence, ""));
        foreach (var pain in book.PainPoints)
        {
            opportunity.AddPainPoint(pain.Title, pain.Category, pain.ClientWords, pain.Severity, pain.AnnualImpact,
                pain.RaisedBy is null ? null : stakeholders[pain.RaisedBy], owner, at);
        }
        opportunity.SetNextStep(NextStep.Of(book.NextStep, book.NextStepDue));
        return opportunity;
    }

    /// <summary>The account's person with the stakeholder's e-mail, or a new one: the same rule as the API's.</summary>
    private static Person PersonOf(int accountId, BookStakeholder stakeholder, List<Person> people)
    {
        if (Person.WithEmail(people, stakeholder.Email) is { } known)
        {
            return known;
        }
        var person = Person.Create(accountId, stakeholder.Name, stakeholder.Title, stakeholder.Email, stakeholder.Phone);
        people.Add(person);
        return person;
    }
}
