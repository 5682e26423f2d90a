namespace Configurator.Domain.Discovery;

/// <summary>A client company. It belongs to the company, not to its owner: reassigning keeps everything.</summary>
public sealed class Account
{
    private Account()
    {
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Industry { get; private set; } = "";

    public string Region { get; private set; } = "";

    public string Size { get; private set; } = "";

    public string OwnerId { get; private set; } = "";

    public string Notes { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public static Account Create(string name, string industry, string region, string size, string ownerId, string notes, DateTimeOffset at) => new()
    {
        Name = name,
        Industry = industry,
        Region = region,
        Size = size,
        OwnerId = ownerId,
        Notes = notes,
        CreatedAt = at,
        Version = 1,
    };

    public void Update(string name, string industry, string region, string size, string notes)
    {
        Name = name;
        Industry = industry;
        Region = region;
        Size = size;
        Notes = notes;
        Version++;
    }

    public void Reassign(string ownerId)
    {
        OwnerId = ownerId;
        Version++;
    }
}
