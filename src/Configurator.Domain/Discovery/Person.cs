namespace Configurator.Domain.Discovery;

/// <summary>
/// Someone at the client company. People belong to the account, so what the company knows of them
/// (how to reach them) outlives any one deal; each opportunity links them with their part in it
/// (<see cref="Stakeholder"/>).
/// </summary>
public sealed class Person
{
    private Person()
    {
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    public string Name { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>Empty when unknown; compared without regard to case, as mail servers do in practice.</summary>
    public string Email { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public int Version { get; private set; }

    public static Person Create(int accountId, string name, string title, string email, string phone) => new()
    {
        AccountId = accountId,
        Name = name,
        Title = title,
        Email = email,
        Phone = phone,
        Version = 1,
    };

    public void Update(string name, string title, string email, string phone)
    {
        if (name == Name && title == Title && email == Email && phone == Phone)
        {
            return;
        }
        Name = name;
        Title = title;
        Email = email;
        Phone = phone;
        Version++;
    }

    /// <summary>True when this person has the e-mail address, in any case; a blank address matches nobody.</summary>
    public bool HasEmail(string? email) =>
        Email.Length > 0 && string.Equals(Email, email?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The person of <paramref name="people"/> with the e-mail address, if any.</summary>
    public static Person? WithEmail(IEnumerable<Person> people, string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : people.FirstOrDefault(p => p.HasEmail(email));

    /// <summary>
    /// True when what someone typed is part of this person's name (or starts their e-mail address), in any case:
    /// how a rep finds "Ana Ruiz" by typing "ruiz" or "ana.r".
    /// </summary>
    public bool Matches(string? typed)
    {
        var text = typed?.Trim() ?? "";
        return text.Length > 0
            && (Name.Contains(text, StringComparison.CurrentCultureIgnoreCase) || Email.StartsWith(text, StringComparison.OrdinalIgnoreCase));
    }
}
