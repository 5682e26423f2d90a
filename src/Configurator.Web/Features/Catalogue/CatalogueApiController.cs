using Configurator.Domain.Catalogue;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Catalogue;

/// <summary>The catalogue for integrations: export, one item, and import (product managers).</summary>
[Route("/api/v1/catalogue")]
public sealed class CatalogueApiController(Data.ConfiguratorDbContext db, CatalogueCache cache, CatalogueImporter importer) : ApiControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        var file = CatalogueFileWriter.From(catalogue.Categories, catalogue.Items, Policies.CanSeeCosts(User));
        return Content(CatalogueJson.Write(file), "application/json");
    }

    [HttpGet("items/{code}")]
    public async Task<IActionResult> Item(string code, CancellationToken cancellationToken)
    {
        var catalogue = await cache.GetAsync(db, cancellationToken);
        return catalogue.ByCode.TryGetValue(code, out var item)
            ? Content(CatalogueJson.Write(CatalogueFileWriter.ToFile(item, Policies.CanSeeCosts(User))), "application/json")
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "No such item", detail: $"The catalogue has no item with the code '{code}'.");
    }

    /// <summary>Upserts by code, all or nothing. With <c>?dryRun=true</c> it only says what it would do.</summary>
    [HttpPost("import")]
    [Authorize(Policy = Policies.EditCatalogue)]
    public async Task<IActionResult> Import([FromQuery] bool dryRun, CancellationToken cancellationToken)
    {
        if (Request.ContentLength > CatalogueJson.MaxBytes)
        {
            return TooLarge();
        }
        var json = await RequestText.ReadAsync(Request.Body, CatalogueJson.MaxBytes, cancellationToken);
        if (json is null)
        {
            return TooLarge();
        }
        var result = dryRun
            ? await importer.PlanAsync(json, ImportFormat.Json, cancellationToken)
            : await importer.ImportAsync(json, ImportFormat.Json, User.ActorId(), cancellationToken);
        if (result.Plan is not { } plan)
        {
            return Invalid(result.Issues);
        }
        var items = plan.CreatedItems.Select(i => new ImportedItem(i.Code, "create", i.DifferencesFrom(null)))
            .Concat(plan.UpdatedItems.Select(u => new ImportedItem(u.Spec.Code, "update", u.Changes)))
            .ToList();
        return Ok(new ImportSummary(plan.Created, plan.Updated, plan.Unchanged, dryRun, items));
    }

    private ObjectResult TooLarge() => Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
        detail: $"A catalogue file may be at most {CatalogueJson.MaxBytes / 1024 / 1024} MB.");

    private static ObjectResult Invalid(IReadOnlyList<CatalogueIssue> issues) =>
        UseCaseAnswers.ValidationProblem(issues.Select(i => (i.Path, i.Message)), "The catalogue has errors; nothing was imported.");

    public sealed record ImportSummary(int Created, int Updated, int Unchanged, bool DryRun, IReadOnlyList<ImportedItem> Items);
}
