using Configurator.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Users;

/// <summary>
/// Identity's refusals (weak password, e-mail taken, …) in an administrator's words and the page's
/// language; the codes stay Identity's, so the users page still knows which field each one concerns.
/// </summary>
public sealed class UserErrorDescriber(IStringLocalizer<Text> T) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), T["The change could not be saved. Try again."]);

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), T["Someone else changed this user while you were editing. Reload and try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), T["The password is not correct."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), T["The reset link has expired. Start again."]);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), T["This sign-in is already linked to another person."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), T["Enter an email address such as name@company.com."]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), T["Enter an email address such as name@company.com."]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), T["Someone already signs in with this email address."]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), T["Someone already signs in with this email address."]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), T["Choose roles from the list."]);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), T["That role exists already."]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), T["This person has a password already; reset it instead."]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), T["This account cannot be locked."]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), T["The person has this role already."]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), T["The person does not have this role."]);

    /// <summary>Not one of Identity's: said by <see cref="CommonPasswordValidator"/>.</summary>
    public string PasswordCommon() => T["This password is one of the most common ones, which attackers try first. Choose another: a few unrelated words make a long password that is easy to remember."];

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), T["Use at least {0} characters for the password.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), T["Use at least {0} different characters in the password.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), T["Add a symbol such as ! or # to the password."]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), T["Add a digit (0-9) to the password."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), T["Add a lower-case letter (a-z) to the password."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), T["Add an upper-case letter (A-Z) to the password."]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), T["That recovery code did not work."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
