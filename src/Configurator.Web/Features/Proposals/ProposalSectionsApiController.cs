using Configurator.Domain.Proposals;
using Configurator.Web.Documents;
using Configurator.Web.Features.Shared;
using Configurator.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Configurator.Web.Features.Proposals;

/// <summary>The sections presales write, one at a time: <c>GET</c> reads the Markdown and what it prints, <c>PUT</c> writes it naming the proposal's version.</summary>
[Route("/api/v1/proposals/{id:int}/sections")]
public sealed class ProposalSectionsApiController(ProposalService proposals) : ApiControllerBase
{
    [HttpGet("{section}")]
    public async Task<IActionResult> Get(int id, string section, CancellationToken cancellationToken)
    {
        if (await proposals.LoadAsync(id, cancellationToken) is not { } proposal)
        {
            return UseCaseResult.NotFound($"There is no proposal with the id {id}.").Problem(Response);
        }
        return ProposalSectionKind.Find(section) is { } kind ? Answer(proposal, kind) : ProposalService.UnknownSection(section).Problem(Response);
    }

    /// <summary>Writes a section's Markdown (<c>{text, version}</c>, or the version in If-Match); empty text takes it away.</summary>
    [HttpPut("{section}")]
    [Authorize(Policy = Policies.EditProposals)]
    public async Task<IActionResult> Put(int id, string section, SectionInput input, CancellationToken cancellationToken)
    {
        var result = await proposals.WriteSectionAsync(id, section, input with { Version = input.Version ?? Request.IfMatchVersion() }, User.ActorId(), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Problem(Response);
        }
        var proposal = (await proposals.LoadAsync(id, cancellationToken))!;
        return Answer(proposal, ProposalSectionKind.Find(section)!);
    }

    private OkObjectResult Answer(Proposal proposal, ProposalSectionKind kind)
    {
        Response.Headers.ETag = $"\"{proposal.Version}\"";
        var text = proposal.SectionText(kind);
        return Ok(new SectionResponse(kind.Code, text, SafeMarkdown.ToHtml(text), kind.MaxLength, proposal.Version));
    }
}
