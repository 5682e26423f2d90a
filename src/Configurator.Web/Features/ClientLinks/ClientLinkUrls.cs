namespace Configurator.Web.Features.ClientLinks;

/// <summary>The send page's and the engagement panel's URLs, in one place.</summary>
public static class ClientLinkUrls
{
    public static string Send(int proposalId, int revision, int? to = null) =>
        to is null ? $"/proposals/{proposalId}/revisions/{revision}/send" : $"/proposals/{proposalId}/revisions/{revision}/send?to={to}";

    public static string Sent(int proposalId, int revision) => $"/proposals/{proposalId}/revisions/{revision}/sent";

    public static string Revoke(int proposalId, int linkId) => $"/proposals/{proposalId}/links/{linkId}/revoke";

    public static string Engagement(int proposalId) => $"/proposals/{proposalId}#engagement";
}
