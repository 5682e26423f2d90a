namespace Configurator.Domain.Discovery;

/// <summary>The kinds of problem discovery input can have; stable, so pages can word each one.</summary>
public static class DiscoveryIssueCodes
{
    /// <summary>A value that must be given is missing or blank.</summary>
    public const string Required = "required";

    /// <summary>Text longer than its field keeps.</summary>
    public const string TooLong = "too-long";

    /// <summary>A list with more entries than it keeps (competitors, people, pain points).</summary>
    public const string TooMany = "too-many";

    /// <summary>A new deal in a stage only its playbook reaches (won, lost), without being imported.</summary>
    public const string PlaybookSkipped = "playbook-skipped";

    /// <summary>A code that is not one of the allowed ones (category, role, stance, currency, stage).</summary>
    public const string Unknown = "unknown";

    /// <summary>A number outside its range (severity, influence, an amount below zero or too large).</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>Text that is not written the way its kind is (an e-mail address, a phone number).</summary>
    public const string Malformed = "malformed";

    /// <summary>A change to what is already so (moving a deal to the stage it is in).</summary>
    public const string Unchanged = "unchanged";

    /// <summary>Playbook actions of the stages left are still open, and no reason was given to move on anyway.</summary>
    public const string ActionsOpen = "actions-open";
}
