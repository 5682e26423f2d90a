using System.Text.Json;

namespace Configurator.Web.Features.Portal;

/// <summary>
/// What the client may read of a revision, taken from its frozen data (<c>ProposalRevision.Data</c>) and never from the
/// live proposal. Only the fields named here are read: costs, margins, history, approval comments, discount reasons,
/// presales' notes and the people's details are in the data but never leave it.
/// </summary>
public sealed record IssuedProposal(
    int Number,
    DateTimeOffset IssuedAt,
    IssuedProposal.AccountPart Account,
    IssuedProposal.BrandPart Brand,
    IReadOnlyList<IssuedProposal.Pain> PainPoints,
    IssuedProposal.ProposalPart Proposal)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static IssuedProposal Read(string data) => JsonSerializer.Deserialize<IssuedProposal>(data, _json)
        ?? throw new InvalidOperationException("A revision without data.");

    public IEnumerable<Pain> Answered(Option option) =>
        PainPoints.Where(p => option.Coverage.Any(c => c.PainPointId == p.Id && c.Status != "uncovered"));

    public sealed record AccountPart(string Name);

    public sealed record BrandPart(string Name);

    public sealed record Pain(int Id, string Title, string ClientWords);

    public sealed record ProposalPart(string Title, string Currency, int TermMonths, string Language, IReadOnlyList<Option> Options, IReadOnlyDictionary<string, string>? Sections);

    public sealed record Option(int Id, string Name, string Explanation, IReadOnlyList<Line> Lines, Totals Totals, IReadOnlyList<Covered> Coverage, Value Value);

    public sealed record Line(string Name, string Unit, int Quantity, decimal NetUnitPrice, decimal NetTotal);

    public sealed record Totals(decimal OneTime, decimal Monthly, decimal ContractValue);

    public sealed record Covered(int PainPointId, string Status);

    public sealed record Value(decimal AnnualPainCostAnswered, IReadOnlyList<Scenario> Scenarios)
    {
        public Scenario? Conservative => Scenarios.FirstOrDefault(s => s.Name == "conservative");

        public Scenario? Expected => Scenarios.FirstOrDefault(s => s.Name == "expected");
    }

    public sealed record Scenario(string Name, decimal AnnualValue, decimal? PaybackMonths, decimal ValueOverTerm, decimal? Roi);
}
