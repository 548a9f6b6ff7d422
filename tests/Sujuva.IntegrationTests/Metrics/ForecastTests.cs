using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Metrics;

public sealed class ForecastTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record ConfidenceDateDto(int Percent, DateOnly Date, int Days);

    private sealed record BasisDto(DateOnly From, DateOnly To, int Days, int Total, string Counts);

    private sealed record WhenDto(Guid ServiceId, int Items, int? CasesAhead, DateOnly Start, BasisDto Basis, int Trials, List<ConfidenceDateDto> Dates);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Forecasts_DemoHistory_GiveOrderedDatesWithTheirBasis(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedDemo: true);
        var manager = await app.SignInAsync("kaisa.pitkanen2");
        var services = (await manager.GetFromJsonAsync<List<ServiceDto>>("/api/services", Ct))!;
        var busiest = services.OrderByDescending(s => s.Stages.Count).First();
        var root = $"/api/forecasts/services/{busiest.Id}";

        var wait = (await manager.GetFromJsonAsync<WhenDto>($"{root}/referral-wait", Ct))!;
        var when = (await manager.GetFromJsonAsync<WhenDto>($"{root}/when?items=20&basisDays=60", Ct))!;
        var howMany = await manager.GetFromJsonAsync<JsonElement>($"{root}/how-many?by={wait.Start.AddDays(30):yyyy-MM-dd}", Ct);

        Assert.Equal([50, 85, 95], wait.Dates.Select(d => d.Percent));
        Assert.True(wait.Dates[0].Date <= wait.Dates[1].Date && wait.Dates[1].Date <= wait.Dates[2].Date);
        Assert.Equal((90, "starts", wait.Start.AddDays(-1)), (wait.Basis.Days, wait.Basis.Counts, wait.Basis.To));
        Assert.Equal(wait.CasesAhead + 1, wait.Items);
        Assert.Equal((20, 60, "closes"), (when.Items, when.Basis.Days, when.Basis.Counts));
        var counts = howMany.GetProperty("counts").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()).ToArray();
        Assert.True(counts[0] >= counts[1] && counts[1] >= counts[2], string.Join(",", counts));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Forecasts_NoHistoryOrBadInput_RefuseWithReason(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var coaching = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);

        var noStarts = await coach.GetAsync($"/api/forecasts/services/{rehab.Id}/referral-wait", Ct);
        var shortBasis = await coach.GetAsync($"/api/forecasts/services/{coaching.Id}/when?items=5&basisDays=5", Ct);
        var noItems = await coach.GetAsync($"/api/forecasts/services/{coaching.Id}/when?items=0", Ct);
        var otherTeam = await lead.GetAsync($"/api/forecasts/services/{rehab.Id}/when?items=5", Ct);
        var pastDate = await coach.GetAsync($"/api/forecasts/services/{coaching.Id}/how-many?by=2020-01-01", Ct);
        var anonymous = await app.Anonymous().GetAsync($"/api/forecasts/services/{rehab.Id}/referral-wait", Ct);
        var farDate = await coach.GetAsync($"/api/forecasts/services/{coaching.Id}/how-many?by=9999-12-30", Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noStarts.StatusCode);
        Assert.Contains("Forecasts.BasisAllZero", await noStarts.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, shortBasis.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noItems.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pastDate.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, farDate.StatusCode);
        var far = await Given.ProblemAsync(farDate);
        Assert.Equal("Forecasts.TooFar", far.Code);
        Assert.Contains("by", far.Errors.Keys);
    }
}
