namespace Configurator.Web.Documents;

public sealed record DocumentBrand(string Name, string PrimaryColour);
