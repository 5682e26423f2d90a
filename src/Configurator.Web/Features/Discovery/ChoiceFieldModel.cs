using Configurator.Domain.Discovery;

namespace Configurator.Web.Features.Discovery;

/// <summary>A form field whose value comes from a <see cref="ChoiceList"/>: a list to pick from, or to type in where the list allows other values.</summary>
public sealed record ChoiceFieldModel(string Name, string Label, string? Value, ChoiceList List, string Error);
