namespace Configurator.Web.Demo;

/// <summary>What clients say, per pain category of the demo catalogue, in English; amounts are yearly.</summary>
public static class PainTemplates
{
    public static IReadOnlyDictionary<string, IReadOnlyList<PainTemplate>> ByCategory { get; } = new Dictionary<string, IReadOnlyList<PainTemplate>>
    {
        ["SLOW-FULFIL"] =
        [
            new("Orders wait for manual checks", "An order that comes in at ten is often still waiting for a manual check at four.", 3),
            new("Same-day cut-off missed", "We promise next-day delivery, and the late shipments cost us about {amount} a year in penalties and refunds.", 4),
            new("Picking routes are inefficient", "Pickers walk the whole hall for one order; that walking costs us roughly {amount} a year in wages.", 3),
            new("Customer service chases stuck orders", "Customer service spends every morning finding out where orders are stuck.", 2),
        ],
        ["STOCK-ERRORS"] =
        [
            new("Phantom stock in the system", "The system says we have it, the shelf says we don't, and the customer already has a confirmation.", 3),
            new("Write-offs at year end", "Every year-end count we write off around {amount} in stock nobody can explain.", 4),
            new("Stock counts take a weekend", "We close the warehouse for a whole weekend twice a year just to count; that is about {amount} a year in overtime.", 2),
            new("Picks fail on empty bins", "Pickers find an empty bin far too often, and every failed pick is a late order.", 3),
        ],
        ["MANUAL-REPORTING"] =
        [
            new("Weekly report built by hand", "Every Monday two people spend the morning copying numbers into the management report, about {amount} a year of their time.", 2),
            new("No live view of the floor", "By the time I see the productivity figures, the week is already over.", 3),
            new("KPIs argued about in meetings", "Each site calculates on-time delivery differently, so the board meeting is a debate about numbers.", 2),
        ],
        ["INTEGRATION-GAPS"] =
        [
            new("Orders re-keyed from the ERP", "We print orders from the ERP and type them into the warehouse system again.", 3),
            new("Stock levels out of sync with webshop", "The webshop sells stock we shipped yesterday; the cancellations cost us around {amount} a year.", 4),
            new("Data copied between systems by hand", "Three people do nothing but copy data between systems: roughly {amount} a year in salaries.", 4),
        ],
        ["COMPLIANCE"] =
        [
            new("Audit findings on traceability", "Our last audit found gaps in traceability, and fixing them by hand costs about {amount} a year.", 4),
            new("Recall would take days", "If a supplier recalled a lot today, it would take us days to find every customer who got it.", 5),
            new("Paper records for batch release", "Batch release still runs on paper and signatures, and paper gets lost.", 3),
        ],
        ["DOWNTIME"] =
        [
            new("No support at night", "When the system went down on a Saturday night, nobody answered until Monday.", 4),
            new("System outages stop shipping", "Outages stop shipping; last year the late orders they caused cost us about {amount}.", 5),
            new("Scanner network drops", "The scanners lose the network in the cold store, so people write on paper.", 2),
        ],
        ["ADOPTION"] =
        [
            new("Staff work around the system", "Two years after go-live people still keep their own lists next to the system.", 3),
            new("Training does not stick", "We trained everybody in a classroom, and a month later they were back to the old way.", 2),
            new("Features paid for but unused", "Half the features we pay for nobody uses: about {amount} a year in licences for nothing.", 2),
        ],
        ["CARRIER-COSTS"] =
        [
            new("Freight costs rising", "Freight went up again last year, by about {amount}, and we don't really know why.", 4),
            new("One carrier for every lane", "We use the same carrier for everything because comparing rates takes too long.", 3),
            new("Part loads shipped as full trucks", "Trucks leave half empty because nobody has time to consolidate; that wastes roughly {amount} a year.", 3),
        ],
        ["PEAK-CAPACITY"] =
        [
            new("Overtime bill in Q4", "Last peak we paid about {amount} in overtime and still missed deliveries.", 4),
            new("Backlog in peak season", "From November to January the backlog never clears; we just add weekend shifts.", 3),
            new("Dock congestion at peak", "At peak the trucks queue at the gate for hours.", 2),
        ],
        ["RETURNS"] =
        [
            new("Returns pile up unsorted", "There are pallets of returns in the corner that nobody has opened for weeks.", 3),
            new("Resaleable goods written off", "Goods that could be resold get written off, around {amount} a year, because checking them takes too long.", 3),
            new("No reason codes on returns", "We have no idea why products come back, so we can't fix anything.", 2),
        ],
        ["LABOUR"] =
        [
            new("Cannot hire enough pickers", "We have open positions in the warehouse and nobody applies.", 4),
            new("High staff turnover", "We lose a third of our warehouse staff every year; hiring and training replacements costs about {amount}.", 4),
            new("Shifts planned on gut feeling", "The shift plan is made from last year's rota, not from the orders we expect.", 2),
        ],
    };
}
