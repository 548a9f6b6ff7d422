using System.Net.Http.Json;
using System.Security.Claims;
using Sujuva.IntegrationTests.Feedback;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Pulse;
using Sujuva.Web.Platform;

namespace Sujuva.IntegrationTests.Pulse;

/// <summary>The stand-up's pulse card: the latest month with a group to show, not an empty card at each month's start.</summary>
public sealed class TeamPulseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Employment = [FixtureNetwork.Coach, FixtureNetwork.Lead, FixtureNetwork.Admin, "w1", "w2"];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Latest_FirstDaysOfAMonthWithoutAnswers_ShowLastMonthNamed(string provider)
    {
        await using var app = await FeedbackSetup.StartAsync(provider);  // clock: Monday 2 March 2026
        var team = Guid.Empty;
        foreach (var who in Employment)
        {
            var member = await app.SignInAsync(who);
            team = (await member.GetFromJsonAsync<MemberDto>("/api/auth/me", Ct))!.Teams.Single();
            (await member.PostAsJsonAsync("/api/pulse", new { teamId = team, jobSatisfaction = 4, workload = 3 }, Ct))
                .EnsureSuccessStatusCode();
        }
        var manager = new CurrentUser(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, Roles.Manager)], "test")));

        var inMarch = await app.WithDbAsync(db => TeamPulse.LatestAsync(db, manager, new TeamId(team), app.Clock.GetUtcNow().UtcDateTime));
        var firstOfApril = new DateTime(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc);
        var inApril = await app.WithDbAsync(db => TeamPulse.LatestAsync(db, manager, new TeamId(team), firstOfApril));
        var inMay = await app.WithDbAsync(db => TeamPulse.LatestAsync(db, manager, new TeamId(team), new DateTime(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc)));

        Assert.Equal((new DateOnly(2026, 3, 1), 5), (inMarch!.Month, inMarch.Group.Answers));
        Assert.Equal((new DateOnly(2026, 3, 1), 5), (inApril!.Month, inApril.Group.Answers));
        Assert.Null(inMay);  // two months old is no longer the team's pulse
    }

    private sealed record MemberDto(List<Guid> Teams);
}
