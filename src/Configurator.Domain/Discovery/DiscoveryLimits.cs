namespace Configurator.Domain.Discovery;

/// <summary>Lengths and ranges that pages, the API and the database share.</summary>
public static class DiscoveryLimits
{
    public const int NameMaxLength = 160;
    public const int ShortTextMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 30;
    public const int MinPhoneDigits = 5;
    public const int MaxPhoneDigits = 20;
    public const int TitleMaxLength = 200;
    public const int NextStepMaxLength = 200;
    public const int ClientWordsMaxLength = 4_000;
    public const int NotesMaxLength = 4_000;
    public const int ReasonMaxLength = 1_000;
    public const int ActivitySummaryMaxLength = 400;
    public const int ActivityDetailMaxLength = 2_000;
    public const int MinSeverity = 1;
    public const int MaxSeverity = 5;
    public const int MinInfluence = 1;
    public const int MaxInfluence = 5;

    /// <summary>Competitors named on one deal: a handful in practice; the bound keeps a page and its JSON small.</summary>
    public const int MaxCompetitors = 20;

    /// <summary>People in one deal's decision chain.</summary>
    public const int MaxStakeholders = 50;

    /// <summary>Pain points of one deal: more than anyone can rank, and a document prints every one.</summary>
    public const int MaxPainPoints = 50;
}
