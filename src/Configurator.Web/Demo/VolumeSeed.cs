using System.Diagnostics;
using System.Globalization;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Configurator.Web.Demo;

/// <summary>
/// `dotnet run --project src/Configurator.Web -- seed --accounts 2000 [--seed 7] [--opportunities 2] [--proposals N] [--in-review N]`:
/// adds a large generated book of business to the configured database, for benchmarks, and prints
/// what it wrote and how long it took. `--proposals` caps the proposals written (all eligible deals by default);
/// `--in-review` submits that many of the drafts with a discount beyond its limit, so they wait in the approval queue (none by default). Owners are the users with the Rep role (those with a Chinese profile own the accounts in Greater China).
/// </summary>
public static class VolumeSeed
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "seed";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (!TryRead(args, "--accounts", 100, out var accounts) || !TryRead(args, "--seed", 1, out var seed)
            || !TryRead(args, "--opportunities", 2, out var opportunities) || accounts < 1 || opportunities < 1
            || !TryRead(args, "--proposals", int.MaxValue, out var proposals) || !TryRead(args, "--in-review", 0, out var inReview) || proposals < 0 || inReview < 0)
        {
            await output.WriteLineAsync("Usage: seed --accounts N [--seed S] [--opportunities M] [--proposals P] [--in-review R]   (whole numbers; N, M at least 1; P, R at least 0)");
            return 2;
        }
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var reps = (await users.GetUsersInRoleAsync(Roles.Rep)).Where(u => u.Email is not null).ToList();
        if (reps.Count == 0)
        {
            await output.WriteLineAsync("There is no user with the Rep role to own the accounts. Create one (Admin → Users) or start once with Demo:Seed=true.");
            return 1;
        }
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var watch = Stopwatch.StartNew();
        // Reps whose profile speaks Chinese own the accounts in Greater China, the others the rest (all of them when no rep speaks Chinese, or none else does).
        var chineseReps = reps.Where(r => r.Language == Localization.Languages.Chinese).Select(r => r.Email!).ToList();
        var otherReps = reps.Select(r => r.Email!).Except(chineseReps).ToList();
        var book = new BookOfBusinessGenerator(seed, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), otherReps.Count > 0 ? otherReps : chineseReps, chineseReps)
            .Generate(accounts, opportunities);
        var generated = watch.Elapsed;
        await BookOfBusinessWriter.WriteAsync(db, book, reps.ToDictionary(r => r.Email!, r => r.Id), clock.GetUtcNow());
        var total = await db.Accounts.CountAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {book.Accounts.Count} accounts, {book.OpportunityCount} opportunities, {book.PainPointCount} pain points, {book.StakeholderCount} stakeholders " +
            $"(generated in {generated.TotalSeconds:0.0} s, written in {(watch.Elapsed - generated).TotalSeconds:0.0} s). " +
            $"The database now holds {total} accounts."));
        await WriteProposalsAsync(scope.ServiceProvider, users, seed, new VolumeProposals.Limits(proposals, inReview), output);
        return 0;
    }

    /// <summary>Proposals for the deals at the proposal stage or later, made by a presales user and approved by an approver (the Chinese-speaking ones for deals in yuan).</summary>
    private static async Task WriteProposalsAsync(IServiceProvider services, UserManager<AppUser> users, int seed, VolumeProposals.Limits limits, TextWriter output)
    {
        var presales = (await users.GetUsersInRoleAsync(Roles.Presales)).OrderBy(u => u.Email, StringComparer.Ordinal).ToList();
        var approvers = (await users.GetUsersInRoleAsync(Roles.Approver)).OrderBy(u => u.Email, StringComparer.Ordinal).ToList();
        if (presales.Count == 0 || approvers.Count == 0)
        {
            await output.WriteLineAsync("No proposals written: there is no user with the Presales role, or none with the Approver role.");
            return;
        }
        static AppUser Speaking(List<AppUser> people, bool chinese) =>
            people.FirstOrDefault(u => (u.Language == Localization.Languages.Chinese) == chinese) ?? people[0];
        (string, string, string) Team(bool chinese) => (Speaking(presales, chinese).Id, Speaking(presales, chinese).DisplayName, Speaking(approvers, chinese).Id);
        var watch = Stopwatch.StartNew();
        var written = await ActivatorUtilities.CreateInstance<VolumeProposals>(services).WriteAsync(seed, Team(false), Team(true), limits);
        var queue = written.InReview > 0 ? $" {written.InReview} of them wait in the approval queue." : "";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {written.Proposals} proposals with {written.Lines} lines and {written.Revisions} issued revisions (load data: each revision carries one small PDF) in {watch.Elapsed.TotalSeconds:0.0} s.{queue}"));
    }

    private static bool TryRead(string[] args, string name, int fallback, out int value)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            value = fallback;
            return true;
        }
        return int.TryParse(at + 1 < args.Length ? args[at + 1] : "", NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
