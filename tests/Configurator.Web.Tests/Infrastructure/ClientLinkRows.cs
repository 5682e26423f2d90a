using Configurator.Domain.Portal;
using Configurator.Web.Data;
using Configurator.Web.Features.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>Links to the client and their questions inserted straight into the database, for tests of what the company sees of them.</summary>
public static class ClientLinkRows
{
    public static async Task<ClientLink> InsertLinkAsync(this AppFactory app, int proposalId, string sentById, string recipientName, string recipientEmail, int revision = 1)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var now = DateTimeOffset.UtcNow;
        var (link, issues) = ClientLink.Create(proposalId, revision, stakeholderId: 0, recipientName, recipientEmail, ClientTokens.New().Hash, "Please have a look.", now.AddDays(14), sentById, now);
        Assert.Empty(issues);
        db.ClientLinks.Add(link!);
        await db.SaveChangesAsync();
        return link!;
    }

    public static async Task<ClientQuestion> InsertQuestionAsync(this AppFactory app, ClientLink link, string text, DateTimeOffset? at = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var question = ClientQuestion.FromTheClient(link, text, at ?? DateTimeOffset.UtcNow);
        db.ClientQuestions.Add(question);
        await db.SaveChangesAsync();
        return question;
    }
}
