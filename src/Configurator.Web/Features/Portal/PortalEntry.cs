namespace Configurator.Web.Features.Portal;

/// <summary>
/// What a link shows before it is opened (a mail scanner or a chat preview sees only this), or why it no longer opens:
/// who sent it, for whom, from which company. <see cref="Known"/> is false for a link that never existed.
/// </summary>
public sealed record PortalEntry(string Token, bool Known, string AccountName, string CompanyName, string SenderName, string SenderEmail, bool Superseded);
