namespace Configurator.Web.Features.Discovery;

/// <summary>The baseline form of one pain point as typed, shown again with what was refused.</summary>
public sealed record PainBaselineChange(int PainId, BaselineForm Form);
