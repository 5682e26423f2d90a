using System.Globalization;

namespace Configurator.Web.Documents;

/// <summary>
/// A made-up proposal document of any size, in English or Chinese: what the PDF check page prints, and
/// what the tests and benchmarks grow to many pages. Real proposals are built by ProposalDocumentBuilder.
/// </summary>
public static class SampleDocument
{
    private static readonly string[] _pains =
    [
        "Orders ship late during the seasonal peak", "Stock counts disagree between warehouses",
        "Pickers walk too far between aisles", "Returns take weeks to be credited",
        "Nobody sees the carriers' delays until customers call", "Planning lives in spreadsheets",
    ];

    private static readonly string[] _painsZh =
    [
        "旺季订单发货延迟", "各仓库库存数据不一致", "拣货员在货架之间走动过多",
        "退货需要数周才能退款", "客户来电前无人知道承运商延误", "计划依赖电子表格",
    ];

    private static readonly (string Kind, string Name)[] _items =
    [
        ("standard", "Warehouse management suite"), ("standard", "Inventory sync connector"),
        ("innovation", "Peak-season slotting optimiser"), ("innovation", "Carrier delay early warning"),
        ("service", "Go-live hypercare"), ("service", "Process discovery workshop"),
    ];

    public static ProposalDocument Create(IReadOnlyDictionary<string, string> labels, DocumentBrand brand, string language, DateOnly date, string preparedBy,
        int painCount = 4, int itemCount = 5, int optionCount = 2)
    {
        var chinese = language == "zh-CN";
        var pains = Enumerable.Range(1, painCount).Select(n => new DocumentPain(
            n,
            (chinese ? _painsZh : _pains)[(n - 1) % _pains.Length] + (n > _pains.Length ? $" ({n})" : ""),
            "category-" + ((n - 1) % _pains.Length), chinese ? "运营" : "Operations",
            chinese ? "“每到旺季，我们的客户都在等待。”" : "“Every peak, our customers wait and we lose them to faster rivals.”",
            5 - ((n - 1) % 5), 120_000m + (n * 10_000m), $"EUR {120_000 + (n * 10_000):N2}", chinese ? "王丽" : "Ingrid Berg",
            n % 4 == 0 ? "weak" : "covered")).ToList();
        var items = Enumerable.Range(1, itemCount).Select(n =>
        {
            var (kind, name) = _items[(n - 1) % _items.Length];
            var answers = pains.Where(p => (p.Number + n) % 3 != 0).Select(p => new DocumentAnswer(p.Number, p.Title, 1 + ((p.Number + n) % 3))).ToList();
            return new DocumentSolutionItem(n, $"ITEM-{n:D3}", n > _items.Length ? $"{name} {n}" : name, kind,
                [
                    chinese
                        ? "该方案直接针对贵公司在旺季面临的交付压力，帮助团队提前发现问题，并在客户受到影响之前采取行动。"
                        : "Built for the peaks your team described: it shows where orders will be late before they are, so your people act while there is still time to keep the promise made to the customer.",
                    chinese ? "上线后两周内即可看到效果。" : "Most clients see the effect within two weeks of going live, and it grows as the history builds up.",
                ],
                "", [chinese ? "唯一与承运商实时对接的方案" : "The only solution with live carrier feeds"], answers,
                Enumerable.Range(1, optionCount).Where(o => o >= n % optionCount + 1 || o == optionCount).Select(OptionName).ToList());
        }).ToList();
        var groups = items.GroupBy(i => i.Kind).Select(g => new DocumentSolutionGroup(g.Key, g.ToList()))
            .OrderBy(g => Array.IndexOf(["standard", "innovation", "service"], g.Kind)).ToList();
        var ordered = groups.SelectMany(g => g.Items).ToList();
        var options = Enumerable.Range(1, optionCount).Select(o =>
        {
            var lines = ordered.Where(i => i.InOptions.Contains(OptionName(o))).Select(i => new DocumentLine(
                i.Code, i.Name, i.Kind, 10 * o, chinese ? "许可" : "licence", i.Kind == "service" ? "one-time" : "annual",
                "EUR 1,200.00", o == 2 ? "10%" : "", o == 2 ? "EUR 1,080.00" : "EUR 1,200.00", $"EUR {12_000 * o:N2}", $"EUR {36_000 * o:N2}").Worded(labels)).ToList();
            return new DocumentOption(OptionName(o), lines,
                new DocumentTotals("EUR 24,000.00", "EUR 0.00", $"EUR {48_000 * o:N2}", $"EUR {170_000 * o:N2}", $"EUR {168_000 * o:N2}", 168_000m * o, o == 2 ? 1.2m : 0, o == 2 ? "1.2%" : "0%"),
                new DocumentValue($"EUR {300_000 + (o * 50_000):N2}", $"EUR {72_000 * o:N2}", (2.9m * o).ToString("0.#", CultureInfo.InvariantCulture), 100, 20 * o)
                {
                    // First year 72,000 × o, then 48,000 × o a year: 168,000 × o over 36 months; the value ramps up to half in year 1.
                    Conservative = new($"EUR {100_000 * o:N2}", 100_000m * o, "8.6", $"EUR {82_000 * o:N2}", "48.8%"),
                    Expected = new($"EUR {190_000 * o:N2}", 190_000m * o, "4.5", $"EUR {307_000 * o:N2}", "182.7%"),
                    Ambitious = new($"EUR {230_000 * o:N2}", 230_000m * o, "3.8", $"EUR {407_000 * o:N2}", "242.3%"),
                    Years =
                    [
                        new(1, $"EUR {50_000 * o:N2}", $"EUR {72_000 * o:N2}", $"EUR {-22_000 * o:N2}", false),
                        new(2, $"EUR {100_000 * o:N2}", $"EUR {48_000 * o:N2}", $"EUR {30_000 * o:N2}", true),
                        new(3, $"EUR {100_000 * o:N2}", $"EUR {48_000 * o:N2}", $"EUR {82_000 * o:N2}", true),
                    ],
                    Pains = pains.Select(p => new DocumentPainValue(p.Number, $"{Math.Min(90, 30 + (15 * o) + p.Number)}%", "")).ToList(),
                },
                o == 2);
        }).ToList();
        var buyer = new DocumentPerson(chinese ? "王丽" : "Ingrid Berg", chinese ? "首席财务官" : "Chief Financial Officer", "economic-buyer", "supporter", [1, 2]);
        var info = new DocumentInfo(chinese ? "旺季交付解决方案建议书" : "Peak readiness proposal", language,
            ProposalDocument.FormatDate(date, labels), ProposalDocument.FormatDate(date.AddDays(30), labels), 1, preparedBy, "EUR", 36, Draft: true);
        return ProposalDocument.Assemble(info, brand,
            new DocumentClient(chinese ? "北方食品有限公司" : "Nordby Foods", chinese ? "食品饮料" : "Food and beverage", chinese ? "北欧" : "Nordics"),
            new DocumentOpportunity(chinese ? "旺季准备" : "Peak readiness", "31 March 2027"),
            buyer, [buyer, new DocumentPerson("Ola Nordmann", "Head of Logistics", "champion", "champion", [3])],
            pains, options, groups, labels) with
        {
            Assumptions = pains.Select(p => new DocumentAssumption(p.Number, p.Title, p.AnnualImpact,
                Enumerable.Range(1, optionCount).Select(o => $"{Math.Min(90, 30 + (15 * o) + p.Number)}%").ToList(),
                p.Number == 1 ? [chinese ? "需求预测看板：60%，我方估计：贵公司试点仓库的加班减少了六成" : "Demand Radar: 60%, our estimate: your pilot site cut overtime by 60%"] : [])).ToList(),
            ValueBasis = new DocumentValueBasis("15%", "35%", "60%", "50%", "125%", "50%"),
        };

        string OptionName(int o) => o switch { 1 => "Essential", 2 => "Advantage", 3 => "Premium", _ => $"Option {o}" };
    }
}
