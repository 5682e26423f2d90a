namespace Configurator.Web.Demo;

/// <summary>
/// What clients actually say, per pain category of the demo catalogue: short titles a rep would
/// write down, and the client's own words. "{n}" is replaced with a plausible number.
/// </summary>
public static class PainPhrases
{
    public sealed record Bank(string[] Titles, string[] ClientWords);

    public static IReadOnlyDictionary<string, Bank> ByCategory { get; } = new Dictionary<string, Bank>
    {
        ["SLOW-FULFIL"] = new(
            ["Orders wait for manual checks", "Same-day cut-off missed", "Picking routes are inefficient", "Backorders released late"],
            [
                "An order that comes in at ten is often still on the floor at four.",
                "We promise next-day delivery, but about {n} in a hundred orders miss the truck.",
                "Pickers walk the whole hall for one order; half their shift is walking.",
                "Customer service spends the morning chasing where orders are stuck.",
            ]),
        ["STOCK-ERRORS"] = new(
            ["Phantom stock in the system", "Picks fail on empty bins", "Stock counts take a weekend", "Write-offs at year end"],
            [
                "The system says we have it, the shelf says we don't, and the customer already has a confirmation.",
                "Every year-end count we write off around {n} thousand in stock nobody can explain.",
                "We close the warehouse for a whole weekend twice a year just to count.",
                "Pickers find an empty bin on roughly one pick in {n}.",
            ]),
        ["MANUAL-REPORTING"] = new(
            ["Weekly report built by hand", "No live view of the floor", "KPIs argued about in meetings", "Reports always a week old"],
            [
                "Every Monday two people spend the morning copying numbers into the management report.",
                "By the time I see the productivity figures, the week is already over.",
                "Each site calculates on-time delivery differently, so the board meeting is a debate about numbers.",
                "I have {n} spreadsheets open to answer one question from the CFO.",
            ]),
        ["INTEGRATION-GAPS"] = new(
            ["Orders re-keyed from the ERP", "Carrier labels typed by hand", "Stock levels out of sync with webshop", "Invoices matched manually"],
            [
                "We print orders from the ERP and type them into the warehouse system again.",
                "The webshop sells stock we shipped yesterday, because the sync runs once a night.",
                "Three people do nothing but copy data between systems.",
                "Every new customer means another spreadsheet interface that only one person understands.",
            ]),
        ["COMPLIANCE"] = new(
            ["Audit findings on traceability", "Recall would take days", "Paper records for batch release", "Temperature logs incomplete"],
            [
                "Our last audit gave us {n} findings, most of them about traceability.",
                "If a supplier recalled a lot today, it would take us days to find every customer who got it.",
                "Batch release still runs on paper and signatures, and paper gets lost.",
                "The auditor asked for the temperature history of one pallet and it took us a week.",
            ]),
        ["DOWNTIME"] = new(
            ["System outages stop shipping", "No support at night", "Scanner network drops", "Peak-day crashes"],
            [
                "When the system went down on a Saturday night, nobody answered until Monday.",
                "Each hour the warehouse system is down costs us about {n} thousand in late orders.",
                "The scanners lose the network in the cold store, so people write on paper.",
                "Black Friday the system crashed twice; we shipped a day late to half our customers.",
            ]),
        ["ADOPTION"] = new(
            ["Staff work around the system", "Training does not stick", "Super-users overloaded", "Old habits after go-live"],
            [
                "Two years after go-live people still keep their own lists next to the system.",
                "We trained everybody in a classroom, and a month later they were back to the old way.",
                "Our one super-user answers every question and is close to burning out.",
                "Half the features we pay for, nobody uses.",
            ]),
        ["CARRIER-COSTS"] = new(
            ["Freight costs rising", "One carrier for every lane", "No rate comparison", "Part loads shipped as full trucks"],
            [
                "Freight went up {n} percent last year and we don't really know why.",
                "We use the same carrier for everything because comparing rates takes too long.",
                "Trucks leave half empty because nobody has time to consolidate loads.",
                "Finance asks what each shipment costs us and we can only give an average.",
            ]),
        ["PEAK-CAPACITY"] = new(
            ["Backlog in peak season", "Overtime bill in Q4", "Temporary staff slow to ramp up", "Dock congestion at peak"],
            [
                "From November to January the backlog never clears; we just add weekend shifts.",
                "Last peak we paid about {n} thousand in overtime and still missed deliveries.",
                "We hire forty temps for the season and they are only productive when the season ends.",
                "At peak the trucks queue at the gate for hours.",
            ]),
        ["RETURNS"] = new(
            ["Returns pile up unsorted", "Refunds take weeks", "No reason codes on returns", "Resaleable goods written off"],
            [
                "There are pallets of returns in the corner that nobody has opened for weeks.",
                "Customers wait up to {n} days for a refund, and then they call us.",
                "We have no idea why products come back, so we can't fix anything.",
                "Goods that could be resold get written off because checking them takes too long.",
            ]),
        ["LABOUR"] = new(
            ["Cannot hire enough pickers", "New hires slow to ramp up", "Shifts planned on gut feeling", "High staff turnover"],
            [
                "We have {n} open positions in the warehouse and nobody applies.",
                "A new picker needs three weeks before they are at full speed, and many leave before that.",
                "The shift plan is made from last year's rota, not from the orders we expect.",
                "We lose a third of our warehouse staff every year.",
            ]),
    };
}
