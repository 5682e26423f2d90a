namespace Configurator.Web.Features.Insights;

/// <summary>One innovation's reuse in the API.</summary>
public sealed record InnovationReuseResponse(string ItemCode, int Proposals, int Won, int Lost, decimal? WinRate, IReadOnlyList<string> Industries, bool CandidateForStandard);
