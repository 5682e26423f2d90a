namespace Configurator.Web.Data;

/// <summary>
/// One row whose number grows with every change to the catalogue, so each app instance can tell in
/// one tiny query whether its in-memory copy of the catalogue is still current.
/// </summary>
public sealed class CatalogueRevision
{
    public int Id { get; set; }

    public long Revision { get; set; }
}
