using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>One pain point in its edit form; <see cref="Theirs"/> is set when someone else saved it meanwhile.</summary>
public sealed record PainEditModel(OpportunityViewModel Workspace, PainPoint Pain, PainPointForm Form, PainPoint? Theirs = null, string? TheirAuthor = null);
