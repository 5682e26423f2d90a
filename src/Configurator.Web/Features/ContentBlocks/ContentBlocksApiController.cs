using Configurator.Domain.Proposals;
using Configurator.Web.Documents;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.ContentBlocks;

/// <summary>A content block as the API lists it: both languages' words and its tags.</summary>
public sealed record ContentBlockResponse(int Id, string Kind, string Title, string Text, string TitleZh, string TextZh,
    IReadOnlyList<string> Industries, IReadOnlyList<string> PainCategories, int Version)
{
    public static ContentBlockResponse From(ContentBlock b) =>
        new(b.Id, b.Kind, b.Title, b.Text, b.TitleZh, b.TextZh, b.IndustryTags, b.CategoryTags, b.Version);
}

/// <summary>A block suggested for a proposal: the title and Markdown the proposal would copy (in its language), how well it fits and why.</summary>
public sealed record SuggestedBlockResponse(int Id, string Kind, string Title, string Text, int Fit, IReadOnlyList<string> MatchedIndustries, IReadOnlyList<string> MatchedPainCategories);

/// <summary>Which block to copy into a proposal's references, naming the proposal's version (or If-Match).</summary>
public sealed record InsertBlockInput(int? BlockId, int? Version);

/// <summary>
/// Content blocks through the API: the catalogue's blocks filtered by tag, the ones that fit a proposal's
/// client, and copying one into a proposal (the same use case as the sections page's Insert).
/// </summary>
public sealed class ContentBlocksApiController(ContentBlockSuggestions suggestions, ProposalService proposals) : ApiControllerBase
{
    /// <summary>The blocks tagged with an industry and/or a pain category code; neither lists them all.</summary>
    [HttpGet("/api/v1/content-blocks")]
    public async Task<IActionResult> List(string? industry, string? painCategory, CancellationToken cancellationToken)
    {
        var (result, blocks) = await suggestions.ListAsync(industry, painCategory, cancellationToken);
        return result.Succeeded ? Ok(blocks.Select(ContentBlockResponse.From)) : result.Problem(Response);
    }

    /// <summary>The blocks that fit the proposal's client (its industry, its pain categories), best fit first.</summary>
    [HttpGet("/api/v1/proposals/{id:int}/content-blocks/suggested")]
    public async Task<IActionResult> Suggested(int id, CancellationToken cancellationToken)
    {
        if (await suggestions.ForProposalAsync(id, cancellationToken) is not { } ranked)
        {
            return UseCaseResult.NotFound($"There is no proposal with the id {id}.").Problem(Response);
        }
        return Ok(ranked.Blocks.Where(f => f.Fit > 0).Select(f =>
        {
            var (title, text) = f.Block.For(ranked.Language);
            return new SuggestedBlockResponse(f.Block.Id, f.Block.Kind, title, text, f.Fit, f.MatchedIndustries, f.MatchedCategories);
        }));
    }

    /// <summary>Copies a block into the proposal's references (<c>{blockId, version}</c>); answers the references section as it is now.</summary>
    [HttpPost("/api/v1/proposals/{id:int}/content-blocks")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Insert(int id, InsertBlockInput input, CancellationToken cancellationToken)
    {
        if (input.BlockId is not { } blockId)
        {
            return UseCaseResult.Invalid("blockId", "Name the content block to insert (its id from GET /api/v1/content-blocks).").Problem(Response);
        }
        var result = await proposals.InsertBlockAsync(id, blockId, input.Version ?? Request.IfMatchVersion(), User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem(Response);
        }
        var proposal = (await proposals.LoadAsync(id, cancellationToken))!;
        var kind = ProposalSectionKind.References;
        var text = proposal.SectionText(kind);
        Response.Headers.ETag = $"\"{proposal.Version}\"";
        return Ok(new SectionResponse(kind.Code, text, SafeMarkdown.ToHtml(text), kind.MaxLength, proposal.Version));
    }
}
