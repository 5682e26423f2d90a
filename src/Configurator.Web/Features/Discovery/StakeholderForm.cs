namespace Configurator.Web.Features.Discovery;

public sealed class StakeholderForm
{
    /// <summary>Set when a person the account knows was picked: they join as they are.</summary>
    public int? PersonId { get; set; }

    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Role { get; set; }

    public string? Stance { get; set; } = "unknown";

    public int? Influence { get; set; } = 3;

    public string? Notes { get; set; }

    /// <summary>Ids of the pain points this person cares about.</summary>
    public List<int> CaresAbout { get; set; } = [];

    public int Version { get; set; }

    public StakeholderInput ToInput() => new(null, Name, Title, Role, Stance, Influence, Notes, Email, Phone, PersonId);
}
