namespace Configurator.Web.Features.Me;

/// <summary>The recovery codes, shown this once, and where to go on.</summary>
public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes, string ContinueUrl);
