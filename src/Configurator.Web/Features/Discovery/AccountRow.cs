
namespace Configurator.Web.Features.Discovery;

public sealed record AccountRow(int Id, string Name, string Industry, string Region, string OwnerId, int Opportunities);
