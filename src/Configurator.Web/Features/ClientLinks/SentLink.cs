namespace Configurator.Web.Features.ClientLinks;

/// <summary>A link just made: the only moment its URL exists outside the recipient's e-mail (the database holds its hash).</summary>
public sealed record SentLink(int StakeholderId, int LinkId, string Name, string Email, string Url);
