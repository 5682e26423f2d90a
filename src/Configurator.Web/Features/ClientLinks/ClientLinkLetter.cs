namespace Configurator.Web.Features.ClientLinks;

/// <summary>The facts of one link's e-mail.</summary>
public sealed record ClientLinkLetter(string AccountName, string ProposalTitle, string RecipientName, string RecipientEmail, string Message, string Url,
    DateTimeOffset ExpiresAt, string SenderName, string SenderEmail);
