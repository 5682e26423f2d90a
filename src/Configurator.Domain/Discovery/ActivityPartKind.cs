namespace Configurator.Domain.Discovery;

/// <summary>How a part of a timeline sentence is said in another language.</summary>
public enum ActivityPartKind
{
    /// <summary>What people typed or named (an account, a title, a reason): the same in every language.</summary>
    Name,

    /// <summary>A user's name; empty for a user who has left.</summary>
    Person,

    /// <summary>A label of the interface (a stage, a role), translated as a word.</summary>
    Term,

    /// <summary>A label in the middle of an English sentence, where English writes it in lower case.</summary>
    LowerTerm,

    Number,

    /// <summary>A count with its noun, singular and plural ("{0} pain point", "{0} pain points").</summary>
    Count,

    /// <summary>A calendar date, written yyyy-MM-dd.</summary>
    Date,

    /// <summary>An amount in whole units with its currency; empty when unknown.</summary>
    Money,

    /// <summary>Playbook actions by their configured English text, one a line.</summary>
    PlaybookActions,
}
