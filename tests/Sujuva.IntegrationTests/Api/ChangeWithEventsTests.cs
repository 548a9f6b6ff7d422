using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;

namespace Sujuva.IntegrationTests.Api;

/// <summary>
/// Issue 12: a change and its events commit together or not at all. The database is made to refuse
/// the event's insert, as a crash between the two statements would leave it; the change must not stay.
/// </summary>
public sealed class ChangeWithEventsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The one-statement save (a move into a stage without a WIP limit).</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_EventRefused_LeavesCaseAsItWas(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, service, _) = await Given.CaseBesideFullStageAsync(coach);
        var followUp = service.Stages.Single(s => s.Name == "Seuranta").Id;
        await RefuseEventsAsync(app);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = followUp, version = @case.Version }, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var stored = await Given.CaseAsync(coach, @case.Id);
        Assert.Equal((@case.StageId, @case.Version), (stored.StageId, stored.Version));
    }

    /// <summary>EF's save in a serialized write (a move into a full stage, counted first).</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task MoveCase_IntoFullStageEventRefused_LeavesCaseAsItWas(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, fullStage) = await Given.CaseBesideFullStageAsync(coach);
        await RefuseEventsAsync(app);

        var response = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/moves",
            new { stageId = fullStage, version = @case.Version, overrideReason = "Asiakkaan toive" }, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var stored = await Given.CaseAsync(coach, @case.Id);
        Assert.Equal((@case.StageId, @case.Version), (stored.StageId, stored.Version));
    }

    private static async Task RefuseEventsAsync(SujuvaApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        var sql = app.Provider == Databases.Sqlite
            ? """CREATE TRIGGER refuse_events BEFORE INSERT ON "Events" BEGIN SELECT RAISE(ABORT, 'refused'); END;"""
            : """
              CREATE FUNCTION refuse_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
              CREATE TRIGGER refuse_events BEFORE INSERT ON "Events" FOR EACH ROW EXECUTE FUNCTION refuse_events();
              """;
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
    }
}
