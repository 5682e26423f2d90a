namespace Configurator.Domain.Proposals;

/// <summary>The stable codes of a proposal's refusals; line checks use the engine's codes (<see cref="Engine.IssueCodes"/>).</summary>
public static class ProposalIssueCodes
{
    public const string TitleMissing = "title-missing";
    public const string TitleTooLong = "title-too-long";
    public const string LanguageUnknown = "language-unknown";
    public const string OptionNameInvalid = "option-name-invalid";
    public const string OptionNameTaken = "option-name-taken";
    public const string CopySourceUnknown = "copy-source-unknown";
    public const string ItemUnknown = "item-unknown";
    public const string ItemAlreadyInOption = "item-already-in-option";
    public const string RuleClash = "rule-clash";
    public const string CommentNeeded = "comment-needed";
    public const string CommentTooLong = "comment-too-long";
    public const string NoteTooLong = "note-too-long";
    public const string OptionUnknown = "option-unknown";
    public const string ImprovementInvalid = "improvement-invalid";
    public const string ImprovementReasonNeeded = "improvement-reason-needed";
    public const string CategoryNotAnswered = "category-not-answered";
    public const string SectionTooLong = "section-too-long";

    // About the proposal's state rather than a value.
    public const string NotEditable = "not-editable";
    public const string ActionNotAllowed = "action-not-allowed";
    public const string OwnSubmission = "own-submission";
    public const string NothingToSubmit = "nothing-to-submit";
    public const string ErrorsToFix = "errors-to-fix";
    public const string LastOption = "last-option";
    public const string TooManyOptions = "too-many-options";
    public const string TooManyLines = "too-many-lines";
    public const string RevisionNotAllowed = "revision-not-allowed";
    public const string RevisionNeeded = "revision-needed";
    public const string RevisionAlreadySent = "revision-already-sent";
}
