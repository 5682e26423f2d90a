using Bogus;

namespace Configurator.Web.Demo;

/// <summary>
/// Generates a believable book of business from a seed: the same seed and reference date always give
/// the same accounts, opportunities, pain points and stakeholders. Pain points come from
/// <see cref="PainPhrases"/>, so they read like things clients say.
/// </summary>
public sealed class BookOfBusinessGenerator(int seed, DateOnly referenceDate, IReadOnlyList<string> ownerEmails)
{
    private readonly List<string> _owners = ownerEmails.Count > 0
        ? ownerEmails.ToList()
        : throw new ArgumentException("Name at least one owner.", nameof(ownerEmails));

    private static readonly (string Industry, string[] Suffixes)[] _industries =
    [
        ("Food and beverage", ["Foods", "Dairy", "Beverages", "Fresh"]),
        ("Pharmaceuticals", ["Pharma", "Health", "Life Sciences"]),
        ("Automotive parts", ["Auto Parts", "Components", "Mobility"]),
        ("Retail and e-commerce", ["Retail", "Home", "Outdoor", "Sports"]),
        ("Wholesale distribution", ["Distribution", "Trading", "Supply"]),
        ("Fashion", ["Fashion", "Apparel", "Footwear"]),
        ("Electronics", ["Electronics", "Devices", "Technologies"]),
    ];

    private static readonly (string Region, string Currency, double Weight)[] _regions =
    [
        ("DACH", "EUR", 3), ("Nordics", "EUR", 2), ("Benelux", "EUR", 2), ("France", "EUR", 1),
        ("Iberia", "EUR", 1), ("North America", "USD", 2), ("Greater China", "CNY", 2),
    ];

    private static readonly (string Size, decimal Scale)[] _sizes =
    [
        ("Small (under 250 staff)", 0.4m), ("Mid-size (250–1,000 staff)", 1m), ("Large (1,000–5,000 staff)", 2.5m), ("Enterprise (over 5,000 staff)", 6m),
    ];

    private static readonly string[] _competitors =
        ["Stackwise WMS", "Logiqa", "Palletta Systems", "OrderFlow Suite", "Kestrel Cloud", "In-house development"];

    private static readonly string[] _stages =
        ["discovery", "discovery", "solution-design", "solution-design", "proposal", "negotiation", "won", "lost"];

    private static readonly string[] _opportunityThemes =
        ["Warehouse modernisation", "New distribution centre", "Peak readiness", "Traceability programme",
         "Transport cost review", "Returns centre", "ERP integration", "Second site roll-out", "Service renewal"];

    // The decision chain every opportunity starts from, then a few more people at random.
    private static readonly (string Role, string[] Titles)[] _roles =
    [
        ("economic-buyer", ["Chief Financial Officer", "Managing Director", "VP Operations"]),
        ("decision-maker", ["Head of Logistics", "Supply Chain Director", "Operations Director"]),
        ("technical-evaluator", ["IT Manager", "Head of Business Systems", "ERP Lead"]),
        ("champion", ["Warehouse Manager", "Continuous Improvement Lead", "Site Manager"]),
        ("user", ["Shift Supervisor", "Inventory Controller", "Team Leader Dispatch"]),
        ("influencer", ["Quality Manager", "Customer Service Manager", "Transport Planner"]),
        ("gatekeeper", ["Procurement Manager", "Executive Assistant", "Purchasing Lead"]),
    ];

    private static readonly string[] _stances = ["supporter", "neutral", "neutral", "opponent", "unknown"];

    private static readonly string[] _chineseCities = ["上海", "苏州", "杭州", "深圳", "广州", "天津", "成都", "武汉"];
    private static readonly string[] _chineseNames = ["华通", "恒信", "东方", "瑞丰", "永利", "新程"];
    private static readonly string[] _chineseSurnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "周"];
    private static readonly string[] _chineseGivenNames = ["芳", "伟", "敏", "静", "磊", "洋", "婷", "强"];

    private static string IndustryInChinese(string industry) => industry switch
    {
        "Food and beverage" => "食品",
        "Pharmaceuticals" => "医药",
        "Automotive parts" => "汽车零部件",
        "Retail and e-commerce" => "零售",
        "Wholesale distribution" => "贸易",
        "Fashion" => "服饰",
        _ => "电子",
    };

    public BookOfBusiness Generate(int accountCount, int opportunitiesPerAccount = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accountCount);
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var categories = PainPhrases.ByCategory.Keys.Order(StringComparer.Ordinal).ToArray();
        var accounts = new List<BookAccount>(accountCount);
        for (var i = 0; i < accountCount; i++)
        {
            var (industry, suffixes) = faker.PickRandom(_industries);
            // Bogus expects weights that add up to 1.
            var region = faker.Random.WeightedRandom(_regions, _regions.Select(r => (float)(r.Weight / _regions.Sum(x => x.Weight))).ToArray());
            var (size, scale) = faker.PickRandom(_sizes);
            var chinese = region.Currency == "CNY";
            var name = chinese ? $"{faker.PickRandom(_chineseCities)}{faker.PickRandom(_chineseNames)}{IndustryInChinese(industry)}有限公司" : $"{faker.Name.LastName()} {faker.PickRandom(suffixes)}";
            var owner = faker.PickRandom(_owners);
            var opportunityCount = Math.Max(1, opportunitiesPerAccount + faker.Random.Int(-1, 1));
            var opportunities = Enumerable.Range(0, opportunityCount)
                .Select(_ => Opportunity(faker, categories, region.Currency, scale, owner, chinese))
                .ToList();
            accounts.Add(new BookAccount(name, industry, region.Region, size, owner,
                opportunityCount == 1 ? $"{industry} company in {region.Region}; one open topic with us." : $"{industry} company in {region.Region}; {opportunityCount} open topics with us.",
                opportunities));
        }
        return new BookOfBusiness(accounts);
    }

    private BookOpportunity Opportunity(Faker faker, string[] categories, string currency, decimal scale, string owner, bool chinese)
    {
        var currencyFactor = currency == "CNY" ? 7m : 1m;
        var stakeholders = Stakeholders(faker, chinese);
        var painCount = faker.Random.Int(4, 8);
        var painCategories = faker.Random.Shuffle(categories).Take(painCount).ToList();
        var painPoints = painCategories.Select(category =>
        {
            var bank = (chinese ? PainPhrasesChinese.ByCategory : PainPhrases.ByCategory)[category];
            var severity = faker.Random.Int(1, 5);
            decimal? impact = faker.Random.Bool(0.7f)
                ? RoundToThousands(faker.Random.Int(10, 120) * 1000m * severity * scale * currencyFactor / 3m)
                : null;
            var words = faker.PickRandom(bank.ClientWords).Replace("{n}", faker.Random.Int(3, 40).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var raisedBy = faker.Random.Bool(0.8f) ? faker.PickRandom(stakeholders).Key : null;
            return new BookPainPoint(faker.PickRandom(bank.Titles), category, words, severity, impact, raisedBy);
        }).ToList();

        var budget = RoundToThousands(faker.Random.Int(40, 400) * 1000m * scale * currencyFactor);
        var competitors = faker.Random.Shuffle(_competitors).Take(faker.Random.Int(0, 2)).ToList();
        return new BookOpportunity(
            faker.PickRandom(_opportunityThemes),
            faker.PickRandom(_stages),
            referenceDate.AddDays(faker.Random.Int(14, 270)),
            budget,
            currency,
            competitors,
            owner,
            stakeholders,
            painPoints);
    }

    private static List<BookStakeholder> Stakeholders(Faker faker, bool chinese)
    {
        // Most deals know their economic buyer and a champion; some do not, which the app warns about.
        var roles = faker.Random.Shuffle(_roles).ToList();
        MoveTo(roles, _roles[3], faker.Random.Bool(0.6f) ? 0 : roles.Count - 1);
        MoveTo(roles, _roles[0], faker.Random.Bool(0.75f) ? 0 : roles.Count - 1);
        roles = roles.Take(faker.Random.Int(2, 6)).ToList();
        return roles.Select((role, index) => new BookStakeholder(
                $"s{index + 1}",
                chinese ? faker.PickRandom(_chineseSurnames) + faker.PickRandom(_chineseGivenNames) : faker.Name.FullName(),
                faker.PickRandom(role.Titles),
                role.Role,
                faker.PickRandom(_stances),
                faker.Random.Int(1, 5)))
            .ToList();
    }

    private static decimal RoundToThousands(decimal amount) => Math.Round(amount / 1000m, MidpointRounding.AwayFromZero) * 1000m;

    private static void MoveTo<T>(List<T> list, T item, int index)
    {
        list.Remove(item);
        list.Insert(Math.Min(index, list.Count), item);
    }
}
