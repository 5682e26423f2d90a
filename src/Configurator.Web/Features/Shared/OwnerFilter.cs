using Configurator.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Features.Shared;

/// <summary>The <c>owner</c> of a list request: a user's id, <c>me</c> (whoever asks), or <c>anyone</c>.</summary>
public static class OwnerFilter
{
    public const string Me = "me";
    public const string Anyone = "anyone";

    /// <summary>The owner's user id, null for anyone; an unknown user is an error under <c>owner</c>.</summary>
    public static async Task<string?> ResolveAsync(ConfiguratorDbContext db, string? owner, string actorId, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var value = owner?.Trim() ?? "";
        if (value.Length == 0 || value == Anyone)
        {
            return null;
        }
        if (value == Me)
        {
            return actorId;
        }
        if (!await db.Users.AnyAsync(u => u.Id == value, cancellationToken))
        {
            errors.Add(new("owner", $"owner is a user's id, '{Me}' or '{Anyone}'; there is no user with the id '{value}'."));
            return null;
        }
        return value;
    }
}
