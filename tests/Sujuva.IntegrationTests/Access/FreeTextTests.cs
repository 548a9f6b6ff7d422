using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.IntegrationTests.Access;

/// <summary>
/// Text typed by workers can name the client: it never reaches the event log, its API or the exports
/// (events carry codes), and it is read beside the case or referral only with need-to-know, audited.
/// </summary>
public sealed class FreeTextTests
{
    private const string Named = "Ville Virtanen odottaa Joensuun asumispäätöstä";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Block_CodeAndNote_EventsAndExportCarryOnlyTheCode(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var @case = await AccessGiven.CoachCaseAsync(coach);

        var blocked = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block",
            new { reason = "WaitingForDecision", note = Named, version = @case.Version }, Ct);
        var events = await manager.GetStringAsync("/api/events?limit=5000", Ct);
        var export = await manager.GetStringAsync("/api/exports/eventlog?format=csv", Ct);
        var board = await manager.GetStringAsync($"/api/services/{@case.ServiceId}/board", Ct);
        var shown = await manager.GetStringAsync($"/api/cases/{@case.Id}", Ct);
        var notes = await coach.GetFromJsonAsync<List<CaseNoteDto>>($"/api/cases/{@case.Id}/notes", Ct);

        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.Equal("WaitingForDecision", (await blocked.Content.ReadFromJsonAsync<CaseDto>(Ct))!.BlockedReason);
        foreach (var text in new[] { events, export, board, shown })
            Assert.DoesNotContain("Virtanen", text, StringComparison.Ordinal);
        Assert.Contains("WaitingForDecision", export, StringComparison.Ordinal);
        Assert.Equal(Named, Assert.Single(notes!).Text);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Block_MissingOrUnknownCode_Returns400NamingReason(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var @case = await AccessGiven.CoachCaseAsync(coach);

        foreach (object body in new object[]
        {
            new { note = Named, version = @case.Version },
            new { reason = "Waiting for housing", version = @case.Version },
            new { reason = 99, version = @case.Version },
        })
        {
            var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains((await Given.ProblemAsync(response)).Errors.Keys, k => k.Contains("reason", StringComparison.OrdinalIgnoreCase));
        }
        Assert.Equal(@case.Version, (await Given.CaseAsync(coach, @case.Id)).Version);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CaseNotes_OnlyWithNeedToKnowAndAudited(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, fullStage) = await Given.CaseBesideFullStageAsync(coach);
        await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = fullStage, version = @case.Version, overrideReason = "Virtanen: court date" }, Ct);
        var moved = await Given.CaseAsync(coach, @case.Id);
        await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block",
            new { reason = "WaitingForDecision", note = Named, version = moved.Version }, Ct);

        var notes = await coach.GetFromJsonAsync<List<CaseNoteDto>>($"/api/cases/{@case.Id}/notes", Ct);
        var statuses = new List<HttpStatusCode>();
        foreach (var key in new[] { FixtureNetwork.Instructor, FixtureNetwork.Manager, FixtureNetwork.Admin })
            statuses.Add((await (await app.SignInAsync(key)).GetAsync($"/api/cases/{@case.Id}/notes", Ct)).StatusCode);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var reads = await AccessGiven.ReadsOfAsync(admin, @case.ClientId);
        var events = await (await app.SignInAsync(FixtureNetwork.Manager)).GetFromJsonAsync<EventPageDto>("/api/events?limit=5000", Ct);

        Assert.Equal([Named, "Virtanen: court date"], notes!.Select(n => n.Text));
        Assert.Equal(["BlockReason", "WipOverride"], notes!.Select(n => n.Kind));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Contains(reads, r => r.Fields.Contains("CaseNotes") && r.CaseId == @case.Id);
        var move = events!.Events.Last(e => e.Type == "CaseMoved" && e.CaseId == @case.Id);
        Assert.True(move.Payload.GetProperty("wipOverride").GetBoolean());
        Assert.False(move.Payload.TryGetProperty("wipOverrideReason", out _));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ReferralDetails_TextsOnlyWithGrantAndAudited(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var sent = await (await coach.PostAsJsonAsync("/api/referrals", new
        {
            fromCaseId = @case.Id, toServiceId = rehab.Id, reason = Named, consentOverrideReason = "Virtanen: statutory duty",
        }, Ct)).Content.ReadFromJsonAsync<ReferralTextDto>(Ct);

        var byManager = await manager.GetFromJsonAsync<ReferralTextDto>($"/api/referrals/{sent!.Id}", Ct);
        var managerList = await manager.GetStringAsync("/api/referrals", Ct);
        var byReceiverPending = await instructor.GetFromJsonAsync<ReferralTextDto>($"/api/referrals/{sent.Id}", Ct);
        var receiverStandUp = await instructor.GetStringAsync($"/api/teams/{rehab.TeamId}/standup", Ct);
        var managerStandUp = await manager.GetStringAsync($"/api/teams/{rehab.TeamId}/standup", Ct);
        await instructor.PostAsJsonAsync($"/api/referrals/{sent.Id}/decline",
            new { reason = "Capacity", note = "Virtanen not eligible", version = sent.Version }, Ct);
        var byReceiverDeclined = await instructor.GetFromJsonAsync<ReferralTextDto>($"/api/referrals/{sent.Id}", Ct);
        var receiverList = await instructor.GetStringAsync("/api/referrals", Ct);
        var bySender = await coach.GetFromJsonAsync<ReferralTextDto>($"/api/referrals/{sent.Id}", Ct);
        var events = await manager.GetStringAsync("/api/events?limit=5000", Ct);
        var reads = await AccessGiven.ReadsOfAsync(await app.SignInAsync(FixtureNetwork.Admin), @case.ClientId);

        Assert.Equal((null, null), (byManager!.Reason, byManager.ConsentOverrideReason));
        Assert.DoesNotContain("Virtanen", managerList, StringComparison.Ordinal);
        Assert.Equal(Named, byReceiverPending!.Reason);
        Assert.Equal((null, null, null), (byReceiverDeclined!.Reason, byReceiverDeclined.ConsentOverrideReason, byReceiverDeclined.DeclineNote));
        Assert.DoesNotContain("Virtanen", receiverList, StringComparison.Ordinal);
        Assert.Equal((Named, "Virtanen: statutory duty", "Virtanen not eligible"),
            (bySender!.Reason, bySender.ConsentOverrideReason, bySender.DeclineNote));
        Assert.DoesNotContain("Virtanen", events, StringComparison.Ordinal);
        Assert.DoesNotContain("Virtanen", receiverStandUp + managerStandUp, StringComparison.Ordinal);
        Assert.Contains(reads, r => r.Fields.Contains("ReferralReason") && r.ReferralId == sent.Id);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task LegacyFreeTextEvents_ShownAsOtherNeverAsText(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var actor = await AccessGiven.IdOfAsync(coach);
        // Payloads as versions before coded reasons wrote them.
        await app.WithDbAsync(async db =>
        {
            var at = app.Clock.GetUtcNow().UtcDateTime;
            Event Legacy(string type, DateTime when, object payload) => new(type, when, new UserId(actor),
                new OrganisationId(@case.OrganisationId), new ServiceId(@case.ServiceId), new CaseId(@case.Id),
                @case.ClientPseudonym, new StageId(@case.StageId), JsonSerializer.Serialize(payload));
            db.Events.AddRange(
                Legacy(EventTypes.CaseMoved, at, new { fromStageId = @case.StageId, wipOverrideReason = "Virtanen urgent" }),
                Legacy(EventTypes.CaseBlocked, at.AddMinutes(1), new { reason = Named }),
                Legacy(EventTypes.CaseUnblocked, at.AddHours(30), new { reason = Named }),
                Legacy(EventTypes.ReferralSent, at.AddHours(31), new { referralId = Guid.NewGuid(), reason = "Virtanen needs rehab" }));
            await db.SaveChangesAsync(Ct);
        });
        app.Clock.Advance(TimeSpan.FromDays(2));
        manager = await app.SignInAsync(FixtureNetwork.Manager);

        var events = await manager.GetFromJsonAsync<EventPageDto>("/api/events?limit=5000", Ct);
        var export = await manager.GetStringAsync("/api/exports/eventlog?format=csv", Ct);
        var xes = await manager.GetStringAsync("/api/exports/eventlog?format=xes", Ct);
        var metrics = await manager.GetStringAsync("/api/metrics/flow", Ct);

        var raw = JsonSerializer.Serialize(events);
        foreach (var text in new[] { raw, export, xes, metrics })
            Assert.DoesNotContain("Virtanen", text, StringComparison.Ordinal);
        Assert.Equal("Other", events!.Events.Last(e => e.Type == "CaseBlocked").Payload.GetProperty("reason").GetString());
        Assert.Contains("Blocked: Other", export, StringComparison.Ordinal);
    }

    private sealed record CaseNoteDto(string Kind, string Text, DateTime WrittenAt, Guid WrittenBy);

    private sealed record ReferralTextDto(Guid Id, string? Reason, string? ConsentOverrideReason, string? DeclineNote, int Version);
}
