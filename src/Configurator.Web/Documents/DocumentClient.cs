namespace Configurator.Web.Documents;

public sealed record DocumentClient(string Name);
