namespace Configurator.Web.Features.Proposals;

/// <summary>Why the proposal does not answer a pain point, as the API shows it.</summary>
public sealed record PainNoteResponse(int PainPointId, string Text);
