using System.Reflection;
using Configurator.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Configurator.Web.Features.Users;

/// <summary>
/// Refuses a password found among the 10,000 most common ones (<c>common-passwords.txt</c>, from the
/// xato.net leak as published with Dropbox's zxcvbn, MIT licence), the way ASVS 5.0 V6 asks instead of
/// composition rules. Case, look-alike digits (<c>Passw0rd</c>) and digits or symbols added at either end
/// (<c>Password1!</c>, <c>2026sunshine</c>) do not make a common password uncommon.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string Code = "PasswordCommon";

    private static readonly Lazy<HashSet<string>> _common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = (manager.ErrorDescriber as UserErrorDescriber)?.PasswordCommon() ?? "This password is one of the most common ones." })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        var core = lower.Trim("0123456789!@#$%^&*()-_=+.,;:?'\"~`[]{}<>/\\| ".ToCharArray());
        var unLeet = string.Concat(core.Select(c => c switch { '0' => 'o', '1' => 'l', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', _ => c }));
        var common = _common.Value;
        return common.Contains(lower) || (core.Length > 0 && common.Contains(core)) || common.Contains(unLeet)
            || common.Contains(unLeet.Replace('l', 'i'));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Configurator.Web.Features.Users.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }
        return set;
    }
}
