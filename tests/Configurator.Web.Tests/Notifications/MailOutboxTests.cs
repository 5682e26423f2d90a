using System.Net;
using Configurator.Web.Features.Mail;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Notifications;

/// <summary>The SMTP outbox against a server in the test process: what arrives, and what a refusing server does to the app.</summary>
public sealed class MailOutboxTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [Fact]
    public async Task AMailArrivesWithItsRecipientSubjectSenderAndBothBodies()
    {
        var outbox = app.Services.GetRequiredService<IMailOutbox>();
        Assert.True(outbox.IsConfigured);

        outbox.Enqueue(new OutgoingMail("dana@client.test", "Dana Client", "Your proposal 陈静", "Plain words.\nSecond line.", "<p>Rich <b>words</b>.</p>"));
        await app.Smtp.WaitForAsync(1);

        var mail = Assert.Single(app.Smtp.Received, m => m.Subject == "Your proposal 陈静");
        var to = Assert.Single(mail.To.Mailboxes);
        Assert.Equal("dana@client.test", to.Address);
        Assert.Equal("Dana Client", to.Name);
        var from = Assert.Single(mail.From.Mailboxes);
        Assert.Equal("proposals@configurator.test", from.Address);
        Assert.Equal("Configurator", from.Name);
        Assert.Equal("Plain words.\nSecond line.", (mail.TextBody ?? "").TrimEnd().ReplaceLineEndings("\n"));
        Assert.Contains("<p>Rich <b>words</b>.</p>", mail.HtmlBody);
    }

    [Fact]
    public async Task ARefusingServerIsLoggedAndRetriedWhileTheAppKeepsWorking()
    {
        var outbox = app.Services.GetRequiredService<IMailOutbox>();
        var refusedBefore = app.Smtp.Refused;
        var before = app.Smtp.Received.Count;
        app.Smtp.RefuseNext(2);

        outbox.Enqueue(new OutgoingMail("late@client.test", "Late Client", "Third time lucky", "The secret body text", null));
        var healthy = await app.CreateClient().GetAsync("/readyz");
        await app.Smtp.WaitForAsync(before + 1);

        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal(refusedBefore + 2, app.Smtp.Refused);
        Assert.Single(app.Smtp.To("late@client.test"));
        var warnings = app.Logged.Where(l => l.Contains("late@client.test", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count(l => l.Contains("refused a mail", StringComparison.Ordinal)));
        Assert.Contains(warnings, l => l.Contains("try 1 of 4", StringComparison.Ordinal));
        Assert.Contains(warnings, l => l.Contains("try 2 of 4", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logged, l => l.Contains("secret body", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/readyz")).StatusCode);
    }
}

/// <summary>The <c>Smtp:*</c> settings: defaults, and a value that cannot work is refused with the setting's name.</summary>
public sealed class SmtpSettingsTests
{
    private static SmtpSettings Read(params (string Key, string Value)[] values) =>
        SmtpSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values.GroupBy(v => v.Key).Select(g => new KeyValuePair<string, string?>($"Smtp:{g.Key}", g.Last().Value))).Build());

    [Fact]
    public void NothingSetMeansNotConfigured()
    {
        var settings = Read();
        Assert.False(settings.IsConfigured);
        Assert.Equal(587, settings.Port);
        Assert.Equal(SmtpSecurity.StartTls, settings.Security);
    }

    [Fact]
    public void HostAndFromMakeItConfigured()
    {
        var settings = Read(("Host", "mail.example.com"), ("From", "proposals@example.com"), ("Port", "465"), ("Security", "sslonconnect"));
        Assert.True(settings.IsConfigured);
        Assert.Equal(465, settings.Port);
        Assert.Equal(SmtpSecurity.SslOnConnect, settings.Security);
        Assert.False(Read(("From", "proposals@example.com")).IsConfigured);
    }

    [Theory]
    [InlineData("Port", "abc", "Smtp:Port")]
    [InlineData("Port", "0", "Smtp:Port")]
    [InlineData("Port", "70000", "Smtp:Port")]
    [InlineData("Security", "Tls", "Smtp:Security")]
    [InlineData("Security", "7", "Smtp:Security")]
    [InlineData("From", "not an address", "Smtp:From")]
    [InlineData("From", "Sales <sales@example.com>", "Smtp:From")]
    [InlineData("RetryDelay", "soon", "Smtp:RetryDelay")]
    public void AValueThatCannotWorkNamesTheSetting(string key, string value, string named)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Read(("Host", "mail.example.com"), ("From", "proposals@example.com"), (key, value)));
        Assert.StartsWith(named, refused.Message, StringComparison.Ordinal);
        Assert.Contains(value, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHostWithoutASenderIsRefused()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Read(("Host", "mail.example.com")));
        Assert.StartsWith("Smtp:From", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePasswordIsNotPrinted()
    {
        var settings = Read(("Host", "mail.example.com"), ("From", "proposals@example.com"), ("User", "mailer"), ("Password", "hunter2-secret"));
        Assert.DoesNotContain("hunter2", settings.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>An app whose SMTP port is not a number does not start, and says which setting is wrong.</summary>
public sealed class SmtpStartupTests
{
    private sealed class BadPortApp : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = "twenty-five",
            ["Smtp:From"] = "proposals@configurator.test",
        };
    }

    [Fact]
    public void TheAppRefusesToStartAndNamesTheSetting()
    {
        using var app = new BadPortApp();
        var refused = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var messages = string.Join(" | ", Flatten(refused).Select(e => e.Message));
        Assert.Contains("Smtp:Port", messages, StringComparison.Ordinal);
        Assert.Contains("twenty-five", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        yield return e;
        var inner = e is AggregateException aggregate ? aggregate.InnerExceptions : (e.InnerException is { } one ? [one] : []);
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
