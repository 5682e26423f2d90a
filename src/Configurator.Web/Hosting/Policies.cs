using Configurator.Domain.Proposals;
using Configurator.Domain.Users;
using Microsoft.AspNetCore.Authorization;

namespace Configurator.Web.Hosting;

/// <summary>Authorization policies named after what they allow; each feature names the one it needs.</summary>
public static class Policies
{
    public const string ManageUsers = nameof(ManageUsers);
    public const string EditCatalogue = nameof(EditCatalogue);
    public const string EditDiscovery = nameof(EditDiscovery);
    public const string ReassignOwners = nameof(ReassignOwners);
    public const string EditProposals = nameof(EditProposals);

    /// <summary>Bringing in deals decided elsewhere (an opportunity created won or lost, past its playbook): admins.</summary>
    public const string ImportOpportunities = nameof(ImportOpportunities);

    /// <summary>Unit costs and margins are shown to the people who set prices and approve discounts.</summary>
    public static bool CanSeeCosts(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.ProductManager) || user.IsInRole(Roles.Approver);

    public static void Configure(AuthorizationOptions options)
    {
        // Every page and endpoint needs a signed-in user unless it says otherwise.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ManageUsers, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(EditCatalogue, p => p.RequireRole(Roles.ProductManager));
        options.AddPolicy(EditDiscovery, p => p.RequireRole(Roles.Rep, Roles.Presales, Roles.Admin));
        options.AddPolicy(ReassignOwners, p => p.RequireRole(Roles.Admin, Roles.Approver));
        options.AddPolicy(EditProposals, p => p.RequireRole(ProposalWorkflow.EditorRoles));
        options.AddPolicy(ImportOpportunities, p => p.RequireRole(Roles.Admin));
    }
}
