namespace Configurator.Domain.Users;

/// <summary>Limits on the user fields that pages, the API and the database share.</summary>
public static class UserLimits
{
    public const int EmailMaxLength = 256;
    public const int DisplayNameMaxLength = 100;
    public const int PasswordMinLength = 8;
}
