namespace Configurator.Web.Features.ClientLinks;

/// <summary>One of the opportunity's people, as the send form offers them.</summary>
public sealed record SendPerson(int StakeholderId, string Name, string Title, string Email, bool EconomicBuyer)
{
    public bool HasEmail => Email.Length > 0;
}
