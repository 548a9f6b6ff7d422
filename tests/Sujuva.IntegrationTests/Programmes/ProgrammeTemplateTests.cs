using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// A service's programme templates (issue 16, item 1): created and edited by its team lead or a manager, each edit a
/// new version (409 on a stale one), read by those who see the service, and bad input named by field.
/// </summary>
public sealed class ProgrammeTemplateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record PlanDto(string Topic, int Minutes, string Mode, string? Place, Uri? VideoLink);
    public sealed record RhythmDto(string Kind, List<int>? WeekOffsets);
    public sealed record TemplateDto(Guid Id, Guid ServiceId, string Name, RhythmDto Rhythm, List<PlanDto> Sessions, bool Group, int? Capacity, int Version);

    private static object Eight(Guid serviceId, int? version = null, string name = "Etävalmennus 8 viikkoa") => new
    {
        serviceId, name, version, rhythm = new { kind = "Weekly" },
        sessions = Enumerable.Range(1, 8).Select(i => new
        {
            topic = $"Tapaaminen {i}", minutes = 60, mode = i % 2 == 0 ? "InPerson" : "Remote",
            place = i % 2 == 0 ? "Työpaja Kipinä" : null, videoLink = i % 2 == 0 ? null : "https://video.example.fi/valmennus",
        }),
    };

    private static async Task<TemplateDto> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<TemplateDto>(Ct))!;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Template_CreatedEditedAndListed_EachEditIsANewVersionAndAStaleOneIs409(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(lead, FixtureNetwork.CoachingService);

        var created = await OkAsync(await lead.PostAsJsonAsync("/api/programme-templates", Eight(coaching.Id), Ct), HttpStatusCode.Created);
        var edited = await OkAsync(await lead.PutAsJsonAsync($"/api/programme-templates/{created.Id}",
            Eight(coaching.Id, created.Version, "Etävalmennus kahdeksan viikkoa"), Ct));
        var stale = await lead.PutAsJsonAsync($"/api/programme-templates/{created.Id}", Eight(coaching.Id, created.Version, "Vanha"), Ct);
        var listed = await coach.GetFromJsonAsync<List<TemplateDto>>($"/api/programme-templates?serviceId={coaching.Id}", Ct);
        var byCoach = await coach.PostAsJsonAsync("/api/programme-templates", Eight(coaching.Id), Ct);

        Assert.Equal((1, 2), (created.Version, edited.Version));
        Assert.Equal(8, created.Sessions.Count);
        Assert.Equal(("Tapaaminen 2", "InPerson", "Työpaja Kipinä"), (created.Sessions[1].Topic, created.Sessions[1].Mode, created.Sessions[1].Place));
        Assert.Equal(new Uri("https://video.example.fi/valmennus"), created.Sessions[0].VideoLink);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(["Etävalmennus kahdeksan viikkoa"], listed!.Select(t => t.Name));
        Assert.Equal(HttpStatusCode.Forbidden, byCoach.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task BadInput_EachGets400NamingTheFieldAndNothingIsSaved(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var coaching = await Given.ServiceAsync(manager, FixtureNetwork.CoachingService);
        object Template(object rhythm, object[] sessions, bool group = false, int? capacity = null) =>
            new { serviceId = coaching.Id, name = "Ryhmävalmennus", rhythm, sessions, group, capacity };
        var hour = new { topic = "Tavoitteet", minutes = 60, mode = "Remote" };

        (string Expected, HttpResponseMessage Response)[] cases =
        [
            ("400 sessions[1].minutes", await manager.PostAsJsonAsync("/api/programme-templates",
                Template(new { kind = "Weekly" }, [hour, new { topic = "Lyhyt", minutes = 10, mode = "Remote" }]), Ct)),
            ("400 sessions[0].topic", await manager.PostAsJsonAsync("/api/programme-templates",
                Template(new { kind = "Weekly" }, [new { topic = " ", minutes = 60, mode = "Remote" }]), Ct)),
            ("400 sessions[0].videoLink", await manager.PostAsJsonAsync("/api/programme-templates",
                Template(new { kind = "Weekly" }, [new { topic = "Etä", minutes = 60, mode = "Remote", videoLink = "http://video.example.fi/x" }]), Ct)),
            ("400 rhythm.weekOffsets", await manager.PostAsJsonAsync("/api/programme-templates",
                Template(new { kind = "WeekOffsets", weekOffsets = new[] { 0 } }, [hour, hour]), Ct)),
            ("400 rhythm.weekOffsets", await manager.PostAsJsonAsync("/api/programme-templates",
                Template(new { kind = "WeekOffsets", weekOffsets = new[] { 2, 1 } }, [hour, hour]), Ct)),
            ("400 capacity", await manager.PostAsJsonAsync("/api/programme-templates",
                Template(new { kind = "Monthly" }, [hour], group: true), Ct)),
            ("400 sessions", await manager.PostAsJsonAsync("/api/programme-templates", Template(new { kind = "Weekly" }, []), Ct)),
            ("404 serviceId", await manager.PostAsJsonAsync("/api/programme-templates",
                new { serviceId = Guid.NewGuid(), name = "X", rhythm = new { kind = "Weekly" }, sessions = new[] { hour } }, Ct)),
            ("404 templateId", await manager.GetAsync($"/api/programme-templates/{Guid.NewGuid()}", Ct)),
        ];

        await ProblemAssert.NamesFieldsAsync(cases, Ct);

        Assert.Empty((await manager.GetFromJsonAsync<List<TemplateDto>>($"/api/programme-templates?serviceId={coaching.Id}", Ct))!);
    }
}
