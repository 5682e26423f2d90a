namespace Configurator.Domain.Portal;

/// <summary>The limits of links to the client and of what the client writes back.</summary>
public static class ClientLinkRules
{
    public const int MessageMaxLength = 2_000;

    /// <summary>Bytes of randomness in a token: 256 bits, well past the 128 the issue asks for.</summary>
    public const int TokenBytes = 32;

    /// <summary>No link opens for longer than a year, whatever the proposal's validity.</summary>
    public static readonly TimeSpan LongestValidity = TimeSpan.FromDays(366);

    /// <summary>Requests further apart than this are two visits; the gap between them is not time spent.</summary>
    public static readonly TimeSpan VisitGap = TimeSpan.FromMinutes(30);

    public const int SignerNameMaxLength = 120;
    public const int SignerTitleMaxLength = 120;
    public const int DeclineTextMaxLength = 2_000;
    public const int CompetitorMaxLength = 120;
    public const int QuestionMaxLength = 2_000;

    /// <summary>A drawn signature is a small PNG; anything larger is not one.</summary>
    public const int SignatureMaxBytes = 200_000;
}
