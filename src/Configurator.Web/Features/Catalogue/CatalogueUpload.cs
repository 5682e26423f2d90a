using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Catalogue;

/// <summary>Reads an uploaded JSON or CSV file against the catalogue as it is, so that what the file leaves out stays as it is.</summary>
public static class CatalogueUpload
{
    public static CatalogueUploadRead Read(string text, string format, IReadOnlyDictionary<string, OfferItemSpec> existing)
    {
        if (format == ImportFormat.Csv)
        {
            var read = CatalogueCsv.Read(text, existing);
            return new CatalogueUploadRead(read.File, read.Issues, path => CatalogueCsv.Locate(path, read.Rows));
        }
        var (file, problem) = CatalogueJson.Read(text, existing);
        return new CatalogueUploadRead(file, problem is null ? [] : [problem], path => path);
    }
}
