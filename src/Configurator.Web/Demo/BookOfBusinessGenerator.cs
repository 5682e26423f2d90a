using Bogus;

namespace Configurator.Web.Demo;

/// <summary>
/// Generates a believable book of business from a seed: the same seed and reference date always give
/// the same accounts, opportunities, pain points and stakeholders. Pain points come from
/// <see cref="PainTemplates"/>, so they read like things clients say, and what a client says a pain costs
/// is the impact recorded; each account has its people (with e-mail and phone), who take part in its deals.
/// Dates follow the reference date (today): won and lost deals closed in the past, open deals close ahead,
/// sooner the further they are, and each has a next step fitting its stage, most due soon and some overdue.
/// Accounts in Greater China are owned by <paramref name="chineseOwnerEmails"/> when there are any.
/// </summary>
public sealed class BookOfBusinessGenerator(int seed, DateOnly referenceDate, IReadOnlyList<string> ownerEmails, IReadOnlyList<string>? chineseOwnerEmails = null)
{
    private readonly List<string> _owners = ownerEmails.Count > 0
        ? ownerEmails.ToList()
        : throw new ArgumentException("Name at least one owner.", nameof(ownerEmails));

    private readonly List<string> _chineseOwners = chineseOwnerEmails is { Count: > 0 } ? chineseOwnerEmails.ToList() : ownerEmails.ToList();

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

    // Dialling codes of each region's main city; North America uses 555-01xx, the numbers kept for fiction.
    private static string Phone(Faker faker, string region) => region switch
    {
        "DACH" => $"+49 89 {faker.Random.Int(1000, 9999)} {faker.Random.Int(1000, 9999)}",
        "Nordics" => $"+46 8 {faker.Random.Int(100, 999)} {faker.Random.Int(1000, 9999)}",
        "Benelux" => $"+31 20 {faker.Random.Int(100, 999)} {faker.Random.Int(1000, 9999)}",
        "France" => $"+33 1 {faker.Random.Int(10, 99)} {faker.Random.Int(10, 99)} {faker.Random.Int(10, 99)} {faker.Random.Int(10, 99)}",
        "Iberia" => $"+34 91 {faker.Random.Int(100, 999)} {faker.Random.Int(10, 99)} {faker.Random.Int(10, 99)}",
        "North America" => $"+1 312 555 01{faker.Random.Int(0, 99):00}",
        _ => $"+86 138 {faker.Random.Int(1000, 9999)} {faker.Random.Int(1000, 9999)}",
    };

    // The yearly cost a pain of each severity has for a mid-size client, in thousands of euros: severity follows the impact.
    private static readonly (int From, int To)[] _impactBySeverity = [(5, 15), (15, 40), (40, 90), (90, 180), (180, 350)];

    // The size band as the account's own people write it.
    // How a deal's pain and budget grow with the client's size: slower than head count, because a deal is
    // one site or programme, priced at the catalogue's default quantities (an enterprise at 6× overstated
    // its value case twentyfold).
    private static readonly (string Size, string Chinese, decimal Scale)[] _sizes =
    [
        ("Small (under 250 staff)", "小型（250 人以下）", 0.5m), ("Mid-size (250–1,000 staff)", "中型（250–1,000 人）", 1m),
        ("Large (1,000–5,000 staff)", "大型（1,000–5,000 人）", 1.5m), ("Enterprise (over 5,000 staff)", "特大型（5,000 人以上）", 2m),
    ];

    private const string InHouse = "In-house development";

    private static readonly string[] _competitors =
        ["Stackwise WMS", "Logiqa", "Palletta Systems", "OrderFlow Suite", "Kestrel Cloud", InHouse];

    private static readonly string[] _stages =
        ["discovery", "discovery", "solution-design", "solution-design", "proposal", "negotiation", "won", "lost"];

    // How many days ahead an open deal of each stage expects to close: the further along, the sooner.
    private static readonly Dictionary<string, (int From, int To)> _closeInDays = new()
    {
        ["discovery"] = (60, 270),
        ["solution-design"] = (45, 180),
        ["proposal"] = (21, 120),
        ["negotiation"] = (14, 60),
    };

    // What a rep does next at each stage, in English and in Chinese.
    private static readonly Dictionary<string, (string[] English, string[] Chinese)> _nextSteps = new()
    {
        ["discovery"] = (
            ["Discovery workshop with the warehouse team", "Site visit to walk the pick paths", "Ask the champion who signs off the budget"],
            ["与仓库团队开需求调研会", "现场走访，实地查看拣货动线", "向内部支持者确认预算由谁拍板"]),
        ["solution-design"] = (
            ["Solution walkthrough with IT", "Confirm the ERP interface scope", "Reference call with a client in the same industry"],
            ["与 IT 部门评审解决方案", "确认 ERP 接口范围", "安排同行业老客户做参考交流"]),
        ["proposal"] = (
            ["Present the proposal to the economic buyer", "Send the revised proposal", "Answer procurement's questions on the proposal"],
            ["向决策层汇报建议书", "发送修订版建议书", "答复采购对建议书的提问"]),
        ["negotiation"] = (
            ["Agree the discount with procurement", "Send the contract for signature", "Legal review of the contract terms"],
            ["与采购敲定折扣", "发送合同走签批流程", "法务审核合同条款"]),
    };

    // Each theme in English and as a Chinese rep would name the deal.
    private static readonly (string English, string Chinese)[] _opportunityThemes =
        [("Warehouse modernisation", "仓库数字化改造"), ("New distribution centre", "新建配送中心"), ("Peak readiness", "旺季备战"),
         ("Traceability programme", "追溯体系建设"), ("Transport cost review", "运输成本优化"), ("Returns centre", "退货中心建设"),
         ("ERP integration", "ERP 集成"), ("Second site roll-out", "新仓推广上线"), ("Service renewal", "运维服务续约")];

    // Who an account's people are: the part each usually plays in a deal, with job titles in English and Chinese.
    private static readonly (string Role, string[] Titles, string[] ChineseTitles)[] _roles =
    [
        ("economic-buyer", ["Chief Financial Officer", "Managing Director", "VP Operations"], ["首席财务官", "总经理", "运营副总裁"]),
        ("decision-maker", ["Head of Logistics", "Supply Chain Director", "Operations Director"], ["物流总监", "供应链总监", "运营总监"]),
        ("technical-evaluator", ["IT Manager", "Head of Business Systems", "ERP Lead"], ["IT经理", "信息系统主管", "ERP负责人"]),
        ("champion", ["Warehouse Manager", "Continuous Improvement Lead", "Site Manager"], ["仓库经理", "持续改进主管", "现场经理"]),
        ("user", ["Shift Supervisor", "Inventory Controller", "Team Leader Dispatch"], ["班组主管", "库存专员", "发运组长"]),
        ("influencer", ["Quality Manager", "Customer Service Manager", "Transport Planner"], ["质量经理", "客服经理", "运输计划员"]),
        ("gatekeeper", ["Procurement Manager", "Executive Assistant", "Purchasing Lead"], ["采购经理", "总经理助理", "采购主管"]),
    ];

    private static readonly string[] _stances = ["supporter", "neutral", "neutral", "opponent", "unknown"];

    // Each Chinese word with its pinyin, for e-mail addresses.
    private static readonly (string Hanzi, string Pinyin)[] _chineseCities =
        [("上海", "shanghai"), ("苏州", "suzhou"), ("杭州", "hangzhou"), ("深圳", "shenzhen"), ("广州", "guangzhou"), ("天津", "tianjin"), ("成都", "chengdu"), ("武汉", "wuhan")];
    private static readonly (string Hanzi, string Pinyin)[] _chineseNames =
        [("华通", "huatong"), ("恒信", "hengxin"), ("东方", "dongfang"), ("瑞丰", "ruifeng"), ("永利", "yongli"), ("新程", "xincheng")];
    private static readonly (string Hanzi, string Pinyin)[] _chineseSurnames =
        [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"), ("周", "zhou")];
    // Given names no demo user has, so a client's people are never mistaken for our own (王磊, 陈静, 刘洋, 赵敏).
    private static readonly (string Hanzi, string Pinyin)[] _chineseGivenNames =
        [("芳", "fang"), ("伟", "wei"), ("丽", "li"), ("军", "jun"), ("涛", "tao"), ("艳", "yan"), ("婷", "ting"), ("强", "qiang")];

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
        var categories = PainTemplates.ByCategory.Keys.Order(StringComparer.Ordinal).ToArray();
        var accounts = new List<BookAccount>(accountCount);
        for (var i = 0; i < accountCount; i++)
        {
            var (industry, suffixes) = faker.PickRandom(_industries);
            // Bogus expects weights that add up to 1.
            var region = faker.Random.WeightedRandom(_regions, _regions.Select(r => (float)(r.Weight / _regions.Sum(x => x.Weight))).ToArray());
            var (englishSize, chineseSize, scale) = faker.PickRandom(_sizes);
            var chinese = region.Currency == "CNY";
            var size = chinese ? chineseSize : englishSize;
            string name, domain;
            if (chinese)
            {
                var (city, cityPinyin) = faker.PickRandom(_chineseCities);
                var (brand, brandPinyin) = faker.PickRandom(_chineseNames);
                name = $"{city}{brand}{IndustryInChinese(industry)}有限公司";
                domain = $"{cityPinyin}-{brandPinyin}.example";
            }
            else
            {
                name = $"{faker.Name.LastName()} {faker.PickRandom(suffixes)}";
                domain = new string(name.ToLowerInvariant().Replace(' ', '-').Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray()) + ".example";
            }
            var owner = faker.PickRandom(chinese ? _chineseOwners : _owners);
            var people = People(faker, chinese, domain, region.Region);
            var opportunityCount = Math.Max(1, opportunitiesPerAccount + faker.Random.Int(-1, 1));
            var opportunities = Enumerable.Range(0, opportunityCount)
                .Select(_ => Opportunity(faker, categories, region.Currency, scale, owner, chinese, people))
                .ToList();
            var notes = chinese
                ? $"大中华区{IndustryInChinese(industry)}行业客户，目前与我们有 {opportunityCount} 个商机在跟进。"
                : opportunityCount == 1 ? $"{industry} company in {region.Region}; one open topic with us." : $"{industry} company in {region.Region}; {opportunityCount} open topics with us.";
            accounts.Add(new BookAccount(name, industry, region.Region, size, owner, notes, opportunities));
        }
        return new BookOfBusiness(accounts);
    }

    private BookOpportunity Opportunity(Faker faker, string[] categories, string currency, decimal scale, string owner, bool chinese, List<AccountPerson> people)
    {
        var currencyFactor = currency == "CNY" ? 7m : 1m;
        var stakeholders = Stakeholders(faker, people);
        var painCount = faker.Random.Int(4, 8);
        var painCategories = faker.Random.Shuffle(categories).Take(painCount).ToList();
        var painPoints = painCategories.Select(category =>
        {
            var template = faker.PickRandom((chinese ? PainTemplatesChinese.ByCategory : PainTemplates.ByCategory)[category].ToArray());
            var (from, to) = _impactBySeverity[template.Severity - 1];
            decimal? impact = template.StatesImpact ? Round(faker.Random.Int(from, to) * 1000m * scale * currencyFactor, currency) : null;
            var words = impact is { } amount ? template.ClientWords.Replace(PainTemplate.Amount, Spoken(amount, currency), StringComparison.Ordinal) : template.ClientWords;
            var raisedBy = faker.Random.Bool(0.8f) ? faker.PickRandom(stakeholders).Key : null;
            return new BookPainPoint(template.Title, category, words, template.Severity, impact, raisedBy);
        }).OrderByDescending(p => p.Severity).ThenByDescending(p => p.AnnualImpact ?? 0m).ToList(); // Most pressing first, as a rep would rank them.

        var budget = RoundToThousands(faker.Random.Int(40, 400) * 1000m * scale * currencyFactor);
        var competitors = faker.Random.Shuffle(_competitors).Take(faker.Random.Int(0, 2))
            .Select(c => chinese && c == InHouse ? "客户自研系统" : c)
            .ToList();
        var theme = faker.PickRandom(_opportunityThemes);
        var stage = faker.PickRandom(_stages);
        if (!_closeInDays.TryGetValue(stage, out var closeIn))
        {
            // Won or lost: decided in the last six months, with nothing left to do.
            return new BookOpportunity(chinese ? theme.Chinese : theme.English, stage, referenceDate.AddDays(-faker.Random.Int(7, 180)), budget, currency,
                competitors, owner, stakeholders, painPoints, "", null);
        }
        var (english, chineseSteps) = _nextSteps[stage];
        // Most next steps are due within two weeks (before the deal's close); one in five slipped past its date.
        var due = faker.Random.Bool(0.2f) ? referenceDate.AddDays(-faker.Random.Int(1, 10)) : referenceDate.AddDays(faker.Random.Int(1, 13));
        return new BookOpportunity(chinese ? theme.Chinese : theme.English, stage, referenceDate.AddDays(faker.Random.Int(closeIn.From, closeIn.To)), budget, currency,
            competitors, owner, stakeholders, painPoints, faker.PickRandom(chinese ? chineseSteps : english), due);
    }

    /// <summary>The people of an account: one for each part people usually play in its deals, some parts unknown.</summary>
    private static List<AccountPerson> People(Faker faker, bool chinese, string domain, string region)
    {
        var people = new List<AccountPerson>();
        var roles = faker.Random.Shuffle(_roles.Skip(4)).Take(faker.Random.Int(1, 3)).Concat(_roles.Take(4));
        foreach (var (role, titles, chineseTitles) in roles)
        {
            string name, local;
            if (chinese)
            {
                var (surname, surnamePinyin) = faker.PickRandom(_chineseSurnames);
                var (given, givenPinyin) = faker.PickRandom(_chineseGivenNames);
                (name, local) = (surname + given, surnamePinyin + givenPinyin);
            }
            else
            {
                var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
                (name, local) = ($"{first} {last}", new string($"{first}.{last}".ToLowerInvariant().Where(c => char.IsAsciiLetter(c) || c == '.').ToArray()));
            }
            // Two people of one account may share a name, never an address.
            var email = $"{local}@{domain}";
            for (var n = 2; people.Any(p => p.Email == email); n++)
            {
                email = $"{local}{n}@{domain}";
            }
            people.Add(new AccountPerson(name, faker.PickRandom(chinese ? chineseTitles : titles), role, email, Phone(faker, region)));
        }
        return people;
    }

    /// <summary>
    /// Who of the account's people is in one deal, and their part in it: most deals know their economic buyer
    /// and a champion (some do not, which the app warns about); now and then someone plays a smaller part
    /// than usual; a champion is always a supporter.
    /// </summary>
    private static List<BookStakeholder> Stakeholders(Faker faker, List<AccountPerson> people)
    {
        var chain = faker.Random.Shuffle(people).ToList();
        MoveTo(chain, people.Single(p => p.Role == "champion"), faker.Random.Bool(0.6f) ? 0 : chain.Count - 1);
        MoveTo(chain, people.Single(p => p.Role == "economic-buyer"), faker.Random.Bool(0.75f) ? 0 : chain.Count - 1);
        chain = chain.Take(faker.Random.Int(2, Math.Min(6, chain.Count))).ToList();
        return chain.Select((person, index) =>
        {
            var role = person.Role != "champion" && faker.Random.Bool(0.15f) ? "influencer" : person.Role;
            var stance = role == "champion" ? "supporter" : faker.PickRandom(_stances);
            return new BookStakeholder($"s{index + 1}", person.Name, person.Title, role, stance, faker.Random.Int(1, 5), person.Email, person.Phone);
        }).ToList();
    }

    /// <summary>How a client says an amount: "€45,000", "$45,000", "22万元".</summary>
    internal static string Spoken(decimal amount, string currency) => currency switch
    {
        "CNY" => (amount / 10_000m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "万元",
        "USD" => "$" + amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture),
        _ => "€" + amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Amounts as clients round them: thousands, or 万 (ten thousand) in yuan; never nothing.</summary>
    private static decimal Round(decimal amount, string currency)
    {
        var unit = currency == "CNY" ? 10_000m : 1_000m;
        return Math.Max(unit, Math.Round(amount / unit, MidpointRounding.AwayFromZero) * unit);
    }

    private static decimal RoundToThousands(decimal amount) => Math.Round(amount / 1000m, MidpointRounding.AwayFromZero) * 1000m;

    private static void MoveTo<T>(List<T> list, T item, int index)
    {
        list.Remove(item);
        list.Insert(Math.Min(index, list.Count), item);
    }

    private sealed record AccountPerson(string Name, string Title, string Role, string Email, string Phone);
}
