namespace Configurator.Web.Features.Notifications;

/// <summary>
/// One thing a client did, for one person on the deal (the bell). It keeps what happened and its parameters, not a
/// sentence: the words are written when it is shown, in the reader's language.
/// </summary>
public sealed class Notification
{
    public const int DetailMaxLength = 300;

    private Notification()
    {
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    public ClientActivityKind Kind { get; private set; }

    public int ProposalId { get; private set; }

    public int ClientLinkId { get; private set; }

    /// <summary>The client's name as the link was sent.</summary>
    public string RecipientName { get; private set; } = "";

    /// <summary>The start of the question, or the decline's reason; empty otherwise.</summary>
    public string Detail { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification For(string userId, ClientActivity activity, DateTimeOffset at) => new()
    {
        UserId = userId,
        Kind = activity.Kind,
        ProposalId = activity.ProposalId,
        ClientLinkId = activity.ClientLinkId,
        RecipientName = activity.RecipientName,
        Detail = Shorten(activity.Detail),
        CreatedAt = at,
    };

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    /// <summary>The first <see cref="DetailMaxLength"/> characters, on one line, cut with an ellipsis.</summary>
    public static string Shorten(string? text)
    {
        var line = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= DetailMaxLength ? line : string.Concat(line.AsSpan(0, DetailMaxLength - 1).TrimEnd(), "…");
    }
}
