using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Access;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Clients;

/// <summary>Reopening a closed case: a coded reason (and an optional note for the team), its event, 409 when stale.</summary>
public sealed class ReopenCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reopen_WithoutReason_Returns400NamingReasonAndStaysClosed(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var saara = await ClientIntakeGiven.SaaraInCoachingAsync(coach);
        var closed = await ClientIntakeGiven.ClosedAsync(coach, saara.CaseId!.Value);

        var response = await coach.PostAsJsonAsync($"/api/cases/{closed.Id}/reopen", new { version = closed.Version }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", (await Given.ProblemAsync(response)).Errors.Keys);
        Assert.NotNull((await Given.CaseAsync(coach, closed.Id)).ClosedAt);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reopen_WithReasonAndNote_WritesCaseReopenedWithTheCodeAndKeepsTheNoteBesideTheCase(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var saara = await ClientIntakeGiven.SaaraInCoachingAsync(coach);
        var closed = await ClientIntakeGiven.ClosedAsync(coach, saara.CaseId!.Value);
        var before = await Given.LastEventIdAsync(manager);

        var response = await coach.PostAsJsonAsync($"/api/cases/{closed.Id}/reopen",
            new { version = closed.Version, reason = "ClosedByMistake", note = "Saara ei ollutkaan työllistynyt" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reopened = (await response.Content.ReadFromJsonAsync<CaseDto>(Ct))!;
        Assert.Null(reopened.ClosedAt);
        var @event = Assert.Single((await Given.EventsAfterAsync(manager, before)).Events);
        Assert.Equal(("CaseReopened", "ClosedByMistake"), (@event.Type, @event.Payload.GetProperty("reason").GetString()));
        Assert.DoesNotContain("Saara", @event.Payload.GetRawText(), StringComparison.Ordinal);
        var note = Assert.Single((await coach.GetFromJsonAsync<List<NoteDto>>($"/api/cases/{closed.Id}/notes", Ct))!);
        Assert.Equal(("ReopenReason", "Saara ei ollutkaan työllistynyt"), (note.Kind, note.Text));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reopen_TwoConcurrentReopens_ExactlyOneWinsOtherGets409(string provider)
    {
        await using var app = await AccessSetup.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var saara = await ClientIntakeGiven.SaaraInCoachingAsync(coach);
        var closed = await ClientIntakeGiven.ClosedAsync(coach, saara.CaseId!.Value);
        var before = await Given.LastEventIdAsync(manager);

        var responses = await Task.WhenAll(
            coach.PostAsJsonAsync($"/api/cases/{closed.Id}/reopen", new { version = closed.Version, reason = "NewNeed" }, Ct),
            lead.PostAsJsonAsync($"/api/cases/{closed.Id}/reopen", new { version = closed.Version, reason = "NeedReturned" }, Ct));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("CaseReopened", Assert.Single((await Given.EventsAfterAsync(manager, before)).Events).Type);
    }
}
