using Microsoft.AspNetCore.Identity;

namespace Configurator.Web.Data;

/// <summary>A person who signs in: the Identity user plus the name colleagues see.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The interface language the person chose ("en", "zh-CN"); null follows the browser.</summary>
    public string? Language { get; set; }

    /// <summary>When an admin disabled the account: it cannot sign in and its sessions have ended. Null while it may sign in.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
