using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Network;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// Writes a replayed network into an empty database: demo users (e-mail "key@demo.sujuva.fi", one
/// shared password), the structure, clients, cases, referrals, work logs and the event log, and in the full demo its
/// extras: feedback, pulse, improvements and the coaching programmes with their sessions.
/// </summary>
public sealed partial class DemoSeeder(SujuvaDb db, IOptions<DemoOptions> options, ILogger<DemoSeeder> log, TimeProvider time,
    Features.Metrics.FlowCache flows)
{
    public bool Enabled => options.Value.Seed;

    /// <param name="extras">For the full demo: assignees, client feedback and staff pulse; null for test fixtures.</param>
    public async Task<DemoReplay> WriteAsync(SimulatedNetwork network, CancellationToken ct, DemoExtras? extras = null)
    {
        var userIds = network.Workers.ToDictionary(w => w.Key, _ => new UserId(Guid.CreateVersion7()));
        var phase = System.Diagnostics.Stopwatch.StartNew();
        var replay = DemoReplay.Run(network, userIds, options.Value.RandomSeed, extras);
        if (extras is not null) replay.AnswerOnLastWorkingDay(DemoServices.FamilySocialWork, time.GetUtcNow().UtcDateTime);
        log.LogDebug("Replay {Ms} ms", phase.ElapsedMilliseconds);
        if (replay.Refusals.Count > 0)
            log.LogWarning("The demo replay refused {Count} operations, first: {First}", replay.Refusals.Count,
                replay.Refusals[0]);

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var write = await db.BeginWriteAsync(ct);
        await AddUsersAsync(network, userIds, ct);
        db.AddRange(replay.Organisations);
        db.AddRange(replay.Teams);
        db.AddRange(replay.Services);
        db.AddRange(replay.BlockReasonNames);
        db.AddRange(replay.Improvements);
        db.AddRange(replay.ProgrammeTemplates);
        db.AddRange(replay.Sprints);
        db.AddRange(replay.SprintNotes);
        db.AddRange(replay.SprintVotes);
        db.AddRange(replay.SprintDecisions);
        db.AddRange(replay.SprintTestAnswers);
        db.AddRange(replay.SprintTestLinks);
        db.AddRange(network.Workers.Select(w => new TeamMember(userIds[w.Key], replay.TeamIdOf(w.TeamKey))));
        await db.SaveChangesAsync(ct);
        await BulkInsert.InsertAsync(db, replay.Clients.ToList(), ct);
        log.LogDebug("Clients.ToList() {Ms} ms", phase.ElapsedMilliseconds);
        await BulkInsert.InsertAsync(db, replay.PersonalData, ct);
        log.LogDebug("PersonalData {Ms} ms", phase.ElapsedMilliseconds);
        await BulkInsert.InsertAsync(db, replay.Cases.ToList(), ct);
        await BulkInsert.InsertAsync(db, replay.Cases.SelectMany(c => c.Notes).ToList(), ct);
        log.LogDebug("Cases.ToList() {Ms} ms", phase.ElapsedMilliseconds);
        await BulkInsert.InsertAsync(db, replay.Referrals.ToList(), ct);
        log.LogDebug("Referrals.ToList() {Ms} ms", phase.ElapsedMilliseconds);
        await BulkInsert.InsertAsync(db, replay.WorkLogs, ct);
        log.LogDebug("WorkLogs {Ms} ms", phase.ElapsedMilliseconds);
        await BulkInsert.InsertAsync(db, replay.Events, ct);
        log.LogDebug("Events {Ms} ms", phase.ElapsedMilliseconds);
        await BulkInsert.InsertAsync(db, replay.Enrolments, ct);
        await BulkInsert.InsertAsync(db, replay.Sessions, ct);
        await BulkInsert.InsertAsync(db, replay.Seats, ct);
        log.LogDebug("Programmes {Ms} ms", phase.ElapsedMilliseconds);
        if (extras is not null) await WriteFeedbackAndPulseAsync(network, replay, extras, ct);
        log.LogDebug("Feedback and pulse {Ms} ms", phase.ElapsedMilliseconds);
        await write.CommitAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return replay;
    }

    /// <summary>One password hash for all: hashing is deliberately slow and the password is shared.</summary>
    private async Task AddUsersAsync(SimulatedNetwork network, Dictionary<string, UserId> ids, CancellationToken ct)
    {
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var hash = new PasswordHasher<User>().HashPassword(new User(), options.Value.Password);
        foreach (var w in network.Workers)
        {
            var email = $"{w.Key}@{DemoOptions.EmailDomain}";
            db.Users.Add(new User
            {
                Id = ids[w.Key].Value, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                DisplayName = $"{w.FirstName} {w.LastName}", LockoutEnabled = true,
            });
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = ids[w.Key].Value, RoleId = roles[w.Role.ToString()] });
        }
        await db.SaveChangesAsync(ct);
    }
}
