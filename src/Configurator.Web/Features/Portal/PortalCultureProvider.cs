using Configurator.Web.Data;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Portal;

/// <summary>
/// The client's page speaks the proposal's language, not the browser's: the client reads what was written for them.
/// A token that cannot be one is not looked up, and a link we do not know falls through to the browser's language.
/// </summary>
public sealed class PortalCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!PortalRequests.IsPortal(httpContext) || httpContext.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is not [_, var token, ..]
            || ClientTokens.HashOf(token) is not { } hash)
        {
            return null;
        }
        var db = httpContext.RequestServices.GetRequiredService<ConfiguratorDbContext>();
        var language = await db.ClientLinks.AsNoTracking().Where(l => l.TokenHash == hash)
            .Join(db.Proposals, l => l.ProposalId, p => p.Id, (_, p) => p.Language).FirstOrDefaultAsync(httpContext.RequestAborted);
        return language is null ? null : new ProviderCultureResult(language == Languages.Chinese ? Languages.Chinese : Languages.English);
    }
}
