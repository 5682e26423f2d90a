namespace Configurator.Web.Features.Dashboard;

/// <summary>The home at <c>/</c>: the cards of each role the person holds (null for a role they do not), in role order.</summary>
public sealed record HomeViewModel(string DisplayName, RepCards? Rep, PresalesCards? Presales, ApproverCards? Approver, ProductCards? Product, AdminCards? Admin)
{
    public DateOnly Today { get; init; }

    public bool HasAnyRole => Rep is not null || Presales is not null || Approver is not null || Product is not null || Admin is not null;
}
