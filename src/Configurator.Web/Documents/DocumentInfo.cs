namespace Configurator.Web.Documents;

public sealed record DocumentInfo(string Title, string Language, string Date, int Revision, string PreparedBy);
