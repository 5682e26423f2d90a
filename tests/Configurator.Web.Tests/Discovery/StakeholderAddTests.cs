using System.Net.Http.Json;
using System.Text.Json;
using Configurator.Domain.Discovery;
using Configurator.Web.Data;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Discovery;

/// <summary>Adding a person writes them and their timeline entry together: one SaveChanges, so a failed save keeps neither.</summary>
public sealed class StakeholderAddTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int Id, int PainId)> CreateDealAsync(string name)
    {
        var api = await app.ApiClientAsync("rep@demo.local");
        var account = await (await api.PostAsJsonAsync("/api/v1/accounts", new { name = $"{name} account" })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await (await api.PostAsJsonAsync("/api/v1/opportunities", new
        {
            accountId = account.GetProperty("id").GetInt32(),
            name,
            currency = "EUR",
            painPoints = new[] { new { title = "Trucks wait", category = "SLOW-FULFIL", severity = 3 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetInt32(), created.GetProperty("painPoints")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task ThePersonWhatTheyCareAboutAndTheTimelineEntryAreSavedInOneSaveChanges()
    {
        var (id, painId) = await CreateDealAsync("One save");
        var actor = (await app.FindUserAsync("rep@demo.local"))!.Id;
        var saves = 0;

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
            db.SavingChanges += (_, _) => saves++;
            var result = await scope.ServiceProvider.GetRequiredService<StakeholderService>()
                .AddAsync(id, new StakeholderInput(null, "Ida Saves", "COO", "champion", "supporter", 4, null), [painId], actor, CancellationToken.None);
            Assert.True(result.Succeeded, result.Message);
        }

        Assert.Equal(1, saves);
        using var check = app.Services.CreateScope();
        var saved = check.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var person = await saved.Stakeholders.AsNoTracking().SingleAsync(s => s.OpportunityId == id && s.Person.Name == "Ida Saves");
        Assert.Equal([painId], person.CaresAbout);
        Assert.Equal(1, person.Version);
        var entry = await saved.Activity.AsNoTracking().SingleAsync(a => a.OpportunityId == id && a.Kind == ActivityKind.StakeholderAdded);
        Assert.Equal("Added Ida Saves (Champion) to the decision chain of One save", entry.Summary);
        Assert.Equal(actor, entry.ActorId);
    }

    [Fact]
    public async Task WhenTheSaveFailsNeitherThePersonNorTheTimelineEntryIsKept()
    {
        var (id, painId) = await CreateDealAsync("Failed save");

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
            // Fails any save that carries the timeline entry: had the person been saved on their own first, they would stay.
            db.SavingChanges += (_, _) =>
            {
                if (db.ChangeTracker.Entries<ActivityEntry>().Any(e => e.State == EntityState.Added))
                {
                    throw new InvalidOperationException("The disk is full.");
                }
            };
            var service = scope.ServiceProvider.GetRequiredService<StakeholderService>();
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                service.AddAsync(id, new StakeholderInput(null, "Ida Fails", "COO", "champion", null, null, null), [painId], "someone", CancellationToken.None));
        }

        using var check = app.Services.CreateScope();
        var saved = check.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        Assert.False(await saved.Stakeholders.AnyAsync(s => s.OpportunityId == id));
        Assert.False(await saved.Activity.AnyAsync(a => a.OpportunityId == id && a.Kind == ActivityKind.StakeholderAdded));
    }
}
