using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;
using static Sujuva.IntegrationTests.Programmes.ProgrammeGiven;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>The worker's week and the team's (issue 16, item 7): the coach's own sessions by week, the team's for its lead only.</summary>
public sealed class WeekTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record SeatDto(Guid CaseId, string ClientPseudonym, string Attendance);
    public sealed record WeekSessionDto(Guid Id, Guid CoachId, int Number, DateTime StartUtc, string Status, List<SeatDto> Seats);
    public sealed record WeekDto(DateOnly Monday, List<WeekSessionDto> Sessions);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Week_ShowsTheCoachsSessions_AndTheTeamsToItsLeadOnly(string provider)
    {
        await using var app = await StartAsync(provider);
        var (lead, coach, _, template, cases, me) = await ArrangeAsync(app);
        await CreatedAsync(await EnrolAsync(coach, cases[0], template, me, Monday));
        await CreatedAsync(await EnrolAsync(coach, cases[1], template, me, Monday, at: "13:00"));

        // Wednesday of the first session's week, and the week after.
        var mine = (await coach.GetFromJsonAsync<WeekDto>("/api/me/sessions?week=2026-03-25", Ct))!;
        var next = (await coach.GetFromJsonAsync<WeekDto>("/api/me/sessions?week=2026-03-30", Ct))!;
        var teamId = (await Given.ServiceAsync(coach, FixtureNetwork.CoachingService)).TeamId;
        var team = await lead.GetAsync($"/api/teams/{teamId}/sessions?week=2026-03-23", Ct);
        var refused = await coach.GetAsync($"/api/teams/{teamId}/sessions?week=2026-03-23", Ct);
        var leadsOwn = (await lead.GetFromJsonAsync<WeekDto>("/api/me/sessions?week=2026-03-23", Ct))!;

        Assert.Equal(Monday, mine.Monday);
        Assert.Equal([(1, cases[0]), (1, cases[1])], mine.Sessions.Select(s => (s.Number, Assert.Single(s.Seats).CaseId)));
        Assert.Equal([2, 2], next.Sessions.Select(s => s.Number));
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(2, (await team.Content.ReadFromJsonAsync<WeekDto>(Ct))!.Sessions.Count);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(leadsOwn.Sessions);
    }
}
