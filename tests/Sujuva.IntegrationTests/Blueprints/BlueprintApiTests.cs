using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Blueprints;

/// <summary>
/// Operating-model descriptions through the API: a team lead publishes one of the fixture's coaching service, the frozen
/// version stays as published when the live network changes (a case opened after it), a stale publish is a 409, two
/// versions compare with the changed figure named, a missing version is a 404, and bad input names its field.
/// </summary>
public sealed class BlueprintApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Publish_FreezesTheVersion_ThenListsComparesAndRefusesStaleAndBadInput(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var coaching = await Given.ServiceAsync(lead, FixtureNetwork.CoachingService);
        var publish = new { title = "Valmennuksen toimintamalli", serviceIds = new[] { coaching.Id }, basedOn = 0, from = "2026-01-01" };

        var created = await lead.PostAsJsonAsync("/api/blueprints", publish, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = (await created.Content.ReadFromJsonAsync<VersionDto>(Ct))!;
        Assert.Equal($"/api/blueprints/{first.Version.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal((1, "Eero Esihenkilö", new DateOnly(2026, 1, 1)), (first.Version.Number, first.Version.PublishedBy, first.Version.From));
        var service = Assert.Single(first.Model.Services);
        Assert.Equal(["Vastaanotto", "Valmennus", "Seuranta"], service.Stages.Select(s => s.Name.Fi));
        Assert.Equal(["Waiting", "Working", "Waiting"], service.Stages.Select(s => s.Kind));
        Assert.Equal(("Valmennus (sv)", "Työllisyystiimi"), (service.Name.Sv, service.Team.Fi));
        Assert.Equal(3, service.Flow.Open);
        var frozen = await lead.GetStringAsync($"/api/blueprints/{first.Version.Id}", Ct);

        // The live network changes: a case is opened after the version was published.
        var client = await (await coach.PostAsJsonAsync("/api/clients", new { firstName = "Saara", lastName = "Laine" }, Ct))
            .Content.ReadFromJsonAsync<NewClientDto>(Ct);
        (await coach.PostAsJsonAsync("/api/cases", new { clientId = client!.Id, serviceId = coaching.Id }, Ct)).EnsureSuccessStatusCode();
        var live = (await lead.GetFromJsonAsync<BlueprintModelDto>($"/api/blueprints/live?services={coaching.Id}&from=2026-01-01", Ct))!;
        Assert.Equal(4, live.Services[0].Flow.Open);
        Assert.Equal(frozen, await lead.GetStringAsync($"/api/blueprints/{first.Version.Id}", Ct));

        // Someone who had not seen version 1 publishes on 0: a 409; on 1, version 2.
        Assert.Equal(HttpStatusCode.Conflict, (await lead.PostAsJsonAsync("/api/blueprints", publish, Ct)).StatusCode);
        var second = (await (await lead.PostAsJsonAsync("/api/blueprints", publish with { basedOn = 1 }, Ct)).Content.ReadFromJsonAsync<VersionDto>(Ct))!;
        Assert.Equal(2, second.Version.Number);

        var list = (await coach.GetFromJsonAsync<List<VersionSummaryDto>>($"/api/blueprints?serviceId={coaching.Id}", Ct))!;
        Assert.Equal([2, 1], list.Select(v => v.Number));
        var comparison = (await coach.GetFromJsonAsync<ComparisonDto>($"/api/blueprints/compare?a={first.Version.Id}&b={second.Version.Id}", Ct))!;
        var open = Assert.Single(comparison.Changes, c => c.Key == $"{coaching.Id}/flow/open");
        Assert.Equal(("3", "4"), (open.Before, open.After));
        Assert.DoesNotContain(comparison.Changes, c => c.Key.Contains("/stage/", StringComparison.Ordinal) && !c.Key.EndsWith("/days", StringComparison.Ordinal)
            && !c.Key.EndsWith("/cases", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/api/blueprints/{Guid.NewGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostAsJsonAsync("/api/blueprints", publish with { basedOn = 2 }, Ct)).StatusCode);
        await ProblemAssert.NamesFieldsAsync(
        [
            ("400 title", await lead.PostAsJsonAsync("/api/blueprints", publish with { title = " " }, Ct)),
            ("400 serviceIds", await lead.PostAsJsonAsync("/api/blueprints", publish with { serviceIds = Array.Empty<Guid>() }, Ct)),
            ("400 serviceIds", await lead.PostAsJsonAsync("/api/blueprints", publish with { serviceIds = new[] { coaching.Id, coaching.Id } }, Ct)),
            ("400 basedOn", await lead.PostAsJsonAsync("/api/blueprints", publish with { basedOn = -1 }, Ct)),
            ("400 from", await lead.PostAsJsonAsync("/api/blueprints", publish with { from = "2026-13-01" }, Ct)),
            ("400 services", await lead.GetAsync("/api/blueprints/live?services=valmennus", Ct)),
            ("400 b", await lead.GetAsync($"/api/blueprints/compare?a={first.Version.Id}", Ct)),
            ("404 a", await lead.GetAsync($"/api/blueprints/compare?a={Guid.NewGuid()}&b={first.Version.Id}", Ct)),
        ], Ct);
    }
}
