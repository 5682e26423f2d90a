using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>The account's known people (not in this decision chain yet) whose name matches what the rep typed.</summary>
public sealed record PersonSuggestionsModel(int OpportunityId, string Typed, IReadOnlyList<Person> People);
