namespace Configurator.Web.Features.Discovery;

/// <summary>An account in the lists: the accounts page shows it, the API answers it as it is.</summary>
public sealed record AccountRow(int Id, string Name, string Industry, string Region, string Size, string OwnerId, int Opportunities, int Version);
