using Configurator.Domain.Portal;

namespace Configurator.Domain.Tests.Portal;

internal static class Links
{
    public static readonly DateTimeOffset At = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    public static ClientLink Open(DateTimeOffset? expiresAt = null)
    {
        var (link, issues) = ClientLink.Create(7, 2, 11, "Dana Smith", " dana@client.example ", new string('a', 64), " Hello ", expiresAt ?? At.AddDays(30), "presales", At);
        Assert.Empty(issues);
        return link!;
    }
}

public sealed class ClientLinkCreate
{
    [Fact]
    public void RefusesEveryProblemAtOnceByField()
    {
        var (link, issues) = ClientLink.Create(7, 2, 11, "Dana Smith", "  ", "hash", new string('x', ClientLinkRules.MessageMaxLength + 1), Links.At, "presales", Links.At);

        Assert.Null(link);
        Assert.Equal([ClientLinkIssueCodes.EmailMissing, ClientLinkIssueCodes.MessageTooLong, ClientLinkIssueCodes.ExpiryPast], issues.Select(i => i.Code));
        Assert.Equal(["recipients", "message", "expiresAt"], issues.Select(i => i.Field));
        Assert.Contains("Dana Smith has no e-mail address", issues[0].Message);
    }

    [Fact]
    public void RefusesAnExpiryPastTheLongestValidity()
    {
        var (_, issues) = ClientLink.Create(7, 2, 11, "Dana", "d@c.example", "hash", "", Links.At + ClientLinkRules.LongestValidity + TimeSpan.FromSeconds(1), "presales", Links.At);

        Assert.Equal(ClientLinkIssueCodes.ExpiryTooFar, Assert.Single(issues).Code);
    }

    [Fact]
    public void KeepsTheRecipientAsSentTrimmedAndNothingOpenedYet()
    {
        var link = Links.Open();

        Assert.Equal(("dana@client.example", "Hello", 2, 11), (link.RecipientEmail, link.Message, link.RevisionNumber, link.StakeholderId));
        Assert.Equal((0, 0, 0, (DateTimeOffset?)null), (link.Views, link.SecondsSpent, link.Downloads, link.FirstOpenedAt));
    }
}

public sealed class ClientLinkStateAt
{
    [Fact]
    public void IsOpenUntilTheExpiryThenExpired()
    {
        var link = Links.Open(Links.At.AddDays(1));

        Assert.Equal(ClientLinkState.Open, link.StateAt(Links.At.AddDays(1).AddTicks(-1)));
        Assert.Equal(ClientLinkState.Expired, link.StateAt(Links.At.AddDays(1)));
    }

    [Fact]
    public void RevokedWinsOverSupersededAndExpired()
    {
        var link = Links.Open();
        link.Supersede(3);
        link.Revoke("presales", Links.At.AddHours(1));

        Assert.Equal(ClientLinkState.Revoked, link.StateAt(Links.At.AddDays(100)));
    }
}

public sealed class ClientLinkSupersede
{
    [Fact]
    public void KeepsTheFirstNewerRevision()
    {
        var link = Links.Open();

        link.Supersede(3);
        link.Supersede(4);

        Assert.Equal((3, ClientLinkState.Superseded), (link.SupersededBy, link.StateAt(Links.At)));
    }
}

public sealed class ClientLinkRevoke
{
    [Fact]
    public void KeepsTheFirstRevocation()
    {
        var link = Links.Open();

        link.Revoke("presales", Links.At.AddHours(1));
        link.Revoke("admin", Links.At.AddHours(2));

        Assert.Equal((Links.At.AddHours(1), "presales"), (link.RevokedAt!.Value, link.RevokedById));
    }
}

public sealed class ClientLinkSeen
{
    [Fact]
    public void AddsTheGapsWithinAVisitAndNotTheGapBetweenVisits()
    {
        var link = Links.Open();

        link.Opened(Links.At);
        link.Seen(Links.At.AddMinutes(3));
        link.Downloaded(Links.At.AddMinutes(4));
        // 31 minutes of silence: a new visit, the gap is not time spent.
        link.Opened(Links.At.AddMinutes(35));
        link.Chose(5, Links.At.AddMinutes(35).AddSeconds(50));

        Assert.Equal(4 * 60 + 50, link.SecondsSpent);
        Assert.Equal((2, 1, 5), (link.Views, link.Downloads, link.ChosenOptionId));
        Assert.Equal((Links.At, Links.At.AddMinutes(35)), (link.FirstOpenedAt!.Value, link.LastOpenedAt!.Value));
    }

    [Fact]
    public void IgnoresARequestOlderThanTheLastOne()
    {
        var link = Links.Open();
        link.Opened(Links.At.AddMinutes(10));

        link.Seen(Links.At.AddMinutes(5));

        Assert.Equal((0, Links.At.AddMinutes(10)), (link.SecondsSpent, link.LastSeenAt!.Value));
    }
}
