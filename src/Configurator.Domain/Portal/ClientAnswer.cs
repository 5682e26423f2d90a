namespace Configurator.Domain.Portal;

/// <summary>
/// The rules of the client's answer from their link, decided once for the page and any other caller:
/// whether the link may still answer, and what is wrong with an acceptance or a decline as typed.
/// </summary>
public static class ClientAnswer
{
    private static readonly byte[] _pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Why the recipient cannot accept or decline now, or null when they can: the link must open, the proposal
    /// must still be sent with this very revision, and nobody may have answered this revision yet (the answer is final).
    /// </summary>
    public static ClientLinkIssue? Refusal(ClientLinkState state, bool proposalStillSent, int? sentRevision, int linkRevision, ClientDecisionKind? decided, string? decidedBy)
    {
        if (decided is { } kind)
        {
            return new(ClientLinkIssueCodes.AlreadyDecided, kind == ClientDecisionKind.Accepted
                ? $"This proposal was already accepted by {decidedBy}; nothing more to do."
                : $"This proposal was already declined by {decidedBy}; it can no longer be accepted.");
        }
        if (state != ClientLinkState.Open)
        {
            return new(ClientLinkIssueCodes.LinkClosed, state == ClientLinkState.Superseded
                ? "A newer version of this proposal was sent to you; answer that one."
                : "This link no longer opens; ask the sender for a new one.");
        }
        if (!proposalStillSent || sentRevision != linkRevision)
        {
            return new(ClientLinkIssueCodes.LinkClosed, "This proposal can no longer be answered online; please contact the sender.");
        }
        return null;
    }

    /// <summary>Everything wrong with an acceptance at once: the option, the name, the title, the authority, the drawn signature.</summary>
    public static IReadOnlyList<ClientLinkIssue> AcceptProblems(int? optionId, IReadOnlyCollection<int> optionIds, string? name, string? title, bool authorised, byte[]? signaturePng)
    {
        var issues = new List<ClientLinkIssue>();
        if (optionId is not { } chosen || !optionIds.Contains(chosen))
        {
            issues.Add(new(ClientLinkIssueCodes.OptionUnknown, "Choose one of the proposal's options to accept.", "optionId"));
        }
        AddTextProblem(issues, name, ClientLinkRules.SignerNameMaxLength, ClientLinkIssueCodes.NameMissing, ClientLinkIssueCodes.NameTooLong, "name", "your full name");
        AddTextProblem(issues, title, ClientLinkRules.SignerTitleMaxLength, ClientLinkIssueCodes.TitleMissing, ClientLinkIssueCodes.TitleTooLong, "title", "your title");
        if (!authorised)
        {
            issues.Add(new(ClientLinkIssueCodes.NotAuthorised, "Confirm that you are authorised to accept on your company's behalf.", "authorised"));
        }
        if (signaturePng is not null && SignatureProblem(signaturePng) is { } signature)
        {
            issues.Add(signature);
        }
        return issues;
    }

    /// <summary>Everything wrong with a decline: a reason from the list is needed; the competitor and the text have their limits.</summary>
    public static IReadOnlyList<ClientLinkIssue> DeclineProblems(DeclineReason? reason, string? competitor, string? text)
    {
        var issues = new List<ClientLinkIssue>();
        if (reason is null || !Enum.IsDefined(reason.Value))
        {
            issues.Add(new(ClientLinkIssueCodes.ReasonMissing, "Choose the reason you decline.", "reason"));
        }
        if ((competitor?.Trim().Length ?? 0) > ClientLinkRules.CompetitorMaxLength)
        {
            issues.Add(new(ClientLinkIssueCodes.TextTooLong, $"Keep the competitor's name to {ClientLinkRules.CompetitorMaxLength} characters.", "competitor"));
        }
        if ((text?.Trim().Length ?? 0) > ClientLinkRules.DeclineTextMaxLength)
        {
            issues.Add(new(ClientLinkIssueCodes.TextTooLong, $"Keep it to {ClientLinkRules.DeclineTextMaxLength} characters.", "text"));
        }
        return issues;
    }

    /// <summary>
    /// Why these bytes are not a drawn signature, or null when they are: a PNG (its signature and an IHDR chunk
    /// first, with a width and height above zero) of at most <see cref="ClientLinkRules.SignatureMaxBytes"/>.
    /// </summary>
    public static ClientLinkIssue? SignatureProblem(byte[] png)
    {
        if (png.Length > ClientLinkRules.SignatureMaxBytes)
        {
            return new(ClientLinkIssueCodes.SignatureInvalid, $"The drawn signature is too large (at most {ClientLinkRules.SignatureMaxBytes / 1000} kB); clear it and draw it again.", "signature");
        }
        var isPng = png.Length >= 33
            && png.AsSpan(0, 8).SequenceEqual(_pngSignature)
            && png.AsSpan(8, 4).SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 13])
            && png.AsSpan(12, 4).SequenceEqual("IHDR"u8)
            && BigEndian(png, 16) > 0 && BigEndian(png, 20) > 0;
        return isPng ? null : new(ClientLinkIssueCodes.SignatureInvalid, "The drawn signature could not be read as an image; clear it and draw it again.", "signature");
    }

    private static uint BigEndian(byte[] bytes, int at) => (uint)(bytes[at] << 24 | bytes[at + 1] << 16 | bytes[at + 2] << 8 | bytes[at + 3]);

    private static void AddTextProblem(List<ClientLinkIssue> issues, string? value, int max, string missing, string tooLong, string field, string what)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            issues.Add(new(missing, $"Type {what}.", field));
        }
        else if (text.Length > max)
        {
            issues.Add(new(tooLong, $"Keep {what} to {max} characters; this has {text.Length}.", field));
        }
    }
}
