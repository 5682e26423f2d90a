namespace Configurator.Web.Features.Errors;

/// <summary>What a person is told for an error status, and what they can do next.</summary>
public sealed record ErrorPage(int Status, string Title, string Message)
{
    /// <summary>For a server error: the id of the request in the log, for the person to pass on.</summary>
    public string? Reference { get; init; }

    /// <summary>A form or body with characters that cannot be read, such as a NUL byte pasted from another program.</summary>
    public static ErrorPage UnreadableCharacters { get; } = new(400, "Some characters could not be read",
        "What you sent contains characters the app cannot accept, such as a null character copied from another program. Go back, remove them (retyping the text helps) and send again.");

    /// <summary>Too many previews or draft PDFs in a minute: the limit per person that keeps printing fair for everyone.</summary>
    public static ErrorPage TooManyDocuments { get; } = new(429, "Too many documents at once",
        "You asked for many previews and PDFs within a minute. Wait a minute, then try again.");

    /// <summary>The database does not answer (stopped, restarting, unreachable): nothing to fix on the person's side but waiting.</summary>
    public static ErrorPage DatabaseUnavailable { get; } = new(503, "Temporarily unavailable",
        "The database is not answering; try again in a minute.");

    public static ErrorPage For(int status) => status switch
    {
        400 => new(status, "The request could not be accepted", "The form may have expired or been sent twice. Go back, reload the page and try again."),
        401 => new(status, "Sign-in needed", "Sign in to continue."),
        403 => new(status, "Not allowed", "Your role does not allow this. Ask an administrator if you need access."),
        404 => new(status, "Page not found", "There is nothing at this address. It may have moved, or the link may be mistyped."),
        405 => new(status, "Not allowed here", "This address does not accept that kind of request."),
        409 => new(status, "Changed by someone else", "Someone changed this while you were editing. Reload to see the latest version."),
        413 => new(status, "Too large", "What you sent is larger than the app accepts. Go back and send less: a smaller file, or fewer or shorter entries."),
        429 => new(status, "Too many attempts", "Please wait a minute before trying again."),
        503 => new(status, "Temporarily unavailable", "Part of the service is not available right now. Try again shortly."),
        _ when status >= 500 => new(status, "Something went wrong", "The problem has been logged. Try again; if it keeps happening, give your administrator the reference below."),
        _ => new(status, "The request could not be completed", "Go back and try again."),
    };
}
