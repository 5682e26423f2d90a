namespace Configurator.Domain.Portal;

/// <summary>Why a link or a client's answer was refused, with a stable code and, when it is about a value, the field to correct.</summary>
public sealed record ClientLinkIssue(string Code, string Message, string? Field = null);

public static class ClientLinkIssueCodes
{
    public const string EmailMissing = "email-missing";
    public const string MessageTooLong = "message-too-long";
    public const string ExpiryPast = "expiry-past";
    public const string ExpiryTooFar = "expiry-too-far";
    public const string RecipientUnknown = "recipient-unknown";
    public const string NoRecipients = "no-recipients";
    public const string LinkClosed = "link-closed";
    public const string AlreadyDecided = "already-decided";
    public const string OptionUnknown = "option-unknown";
    public const string NameMissing = "name-missing";
    public const string NameTooLong = "name-too-long";
    public const string TitleMissing = "title-missing";
    public const string TitleTooLong = "title-too-long";
    public const string NotAuthorised = "not-authorised";
    public const string SignatureInvalid = "signature-invalid";
    public const string ReasonMissing = "reason-missing";
    public const string TextTooLong = "text-too-long";
    public const string QuestionEmpty = "question-empty";
    public const string AnswerEmpty = "answer-empty";
    public const string NotSendable = "not-sendable";
    public const string NotLatestRevision = "not-latest-revision";
    public const string ExpiryUnreadable = "expiry-unreadable";
}
