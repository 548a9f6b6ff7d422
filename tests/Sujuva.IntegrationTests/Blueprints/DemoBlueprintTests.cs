using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features;

namespace Sujuva.IntegrationTests.Blueprints;

/// <summary>
/// The demo's published operating-model descriptions of remote coaching tell the truth: the later one equals the live
/// configuration (board stages, programmes with their sessions, referral targets of its quarter), each one's figures equal
/// the flow dashboard's and the programme figures' for its own quarter, and comparing the two shows the switch to remote
/// sessions: the programmes' mode and a lower no-show rate. The live blueprint's figures equal the dashboard's too.
/// </summary>
public sealed class DemoBlueprintTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task DemoRemoteCoaching_BlueprintEqualsTheLiveConfiguration_AndItsFiguresTheDashboards(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, seedDemo: true);
        var manager = await app.SignInAsync("kaisa.pitkanen2");
        var services = (await manager.GetFromJsonAsync<List<ServiceDto>>("/api/services", Ct))!;
        var coaching = services.Single(s => s.Name == "Etätyövalmennus");
        var list = (await manager.GetFromJsonAsync<List<VersionSummaryDto>>($"/api/blueprints?serviceId={coaching.Id}", Ct))!;
        Assert.Equal([2, 1], list.Select(v => v.Number));
        var before = (await manager.GetFromJsonAsync<VersionDto>($"/api/blueprints/{list[1].Id}", Ct))!;
        var after = (await manager.GetFromJsonAsync<VersionDto>($"/api/blueprints/{list[0].Id}", Ct))!;
        Assert.True(before.Version.PublishedAt < after.Version.PublishedAt && after.Version.PublishedAt < DateTime.UtcNow);

        // The later version is the live configuration: stages, programmes and their sessions.
        var published = Assert.Single(after.Model.Services);
        Assert.Equal(coaching.Stages.OrderBy(s => s.Position).Select(s => (s.Name, s.Kind, s.WipLimit)),
            published.Stages.Select(s => (s.Name.Fi, s.Kind, s.WipLimit)));
        var templates = (await manager.GetFromJsonAsync<List<JsonElement>>($"/api/programme-templates?serviceId={coaching.Id}", Ct))!;
        Assert.Equal(templates.Select(Programme).OrderBy(p => p, StringComparer.Ordinal),
            published.Programmes.Select(p => $"{p.Name.Fi} {p.Rhythm}: {string.Join(", ", p.Sessions.Select(s => $"{s.Topic} {s.Minutes} {s.Mode}"))}")
                .OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(2, published.Programmes.Count);

        foreach (var version in new[] { before, after })
        {
            await FiguresEqualTheDashboardsAsync(manager, coaching.Id, version.Model, TimeSpan.Zero);
            await ReferralTargetsAreTheLiveReferralsAsync(app, coaching.Id, version.Model);
        }

        // The live blueprint of the dashboard page's default quarter: the same figures as the dashboard's, whose open cases'
        // time in their stage has grown by the moments between the two requests.
        var live = (await manager.GetFromJsonAsync<BlueprintModelDto>($"/api/blueprints/live?services={coaching.Id}", Ct))!;
        Assert.Equal(89, live.To.DayNumber - live.From.DayNumber);
        await FiguresEqualTheDashboardsAsync(manager, coaching.Id, live, TimeSpan.FromMinutes(1));

        // The story: in person at the office before, remote after, with fewer no-shows; the comparison names it.
        Assert.All(before.Model.Services[0].Programmes.SelectMany(p => p.Sessions), s => Assert.Equal("InPerson", s.Mode));
        Assert.All(published.Programmes.SelectMany(p => p.Sessions), s => Assert.Equal("Remote", s.Mode));
        var weekly = (Before: before.Model.Services[0].Programmes.Single(p => p.Rhythm == "Weekly"), After: published.Programmes.Single(p => p.Rhythm == "Weekly"));
        Assert.Equal(weekly.Before.TemplateId, weekly.After.TemplateId);
        Assert.True(weekly.After.NoShowRate < weekly.Before.NoShowRate, $"no-shows {weekly.Before.NoShowRate} → {weekly.After.NoShowRate}");
        var comparison = (await manager.GetFromJsonAsync<ComparisonDto>($"/api/blueprints/compare?a={before.Version.Id}&b={after.Version.Id}", Ct))!;
        Assert.Contains(comparison.Changes, c => c.Key == $"{coaching.Id}/programme/{weekly.After.TemplateId}/sessions");
        Assert.Contains(comparison.Changes, c => c.Key == $"{coaching.Id}/programme/{weekly.After.TemplateId}/noshow");
        Assert.DoesNotContain(comparison.Changes, c => c.Key.Contains("/stage/", StringComparison.Ordinal) && c.Key.Count(ch => ch == '/') == 2);
    }

    private static string Programme(JsonElement t) =>
        $"{t.GetProperty("name").GetString()} {t.GetProperty("rhythm").GetProperty("kind").GetString()}: " + string.Join(", ",
            t.GetProperty("sessions").EnumerateArray().Select(s => $"{s.GetProperty("topic").GetString()} {s.GetProperty("minutes").GetInt32()} {s.GetProperty("mode").GetString()}"));

    /// <param name="between">How long after the model the dashboard may be computed (asOf now: open cases' time grows).</param>
    private static async Task FiguresEqualTheDashboardsAsync(HttpClient client, Guid service, BlueprintModelDto model, TimeSpan between)
    {
        var period = $"from={model.From:yyyy-MM-dd}&to={model.To:yyyy-MM-dd}";
        var dashboard = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/flow/dashboard?scope=service&id={service}&{period}", Ct);
        var current = dashboard.GetProperty("current");
        var flow = model.Services[0].Flow;
        Assert.Equal((current.GetProperty("closed").GetInt32(), current.GetProperty("open").GetInt32()), (flow.Closed, flow.Open));
        Assert.Equal(P50(current, "leadTime"), flow.MedianLeadDays);
        Assert.Equal(P50(current, "queueTime"), flow.MedianQueueDays);
        Assert.Equal(P50(current, "cycleTime"), flow.MedianCycleDays);
        Assert.True(flow.Closed > 0 && flow.MedianQueueDays > 0, "a quarter of coaching closes cases");
        var steps = dashboard.GetProperty("valueStream").GetProperty("steps").EnumerateArray()
            .ToDictionary(s => s.GetProperty("stage").GetString()!, s => (s.GetProperty("cases").GetInt32(), s.GetProperty("leadTimeDays").GetDouble()));
        Assert.All(model.Services[0].Stages, s =>
        {
            var (cases, days) = steps.GetValueOrDefault(s.Name.Fi, (0, 0.0));
            Assert.Equal(cases, s.Cases);
            Assert.InRange(days - s.MeanDays, 0, between.TotalDays);
        });

        var figures = await client.GetFromJsonAsync<JsonElement>($"/api/services/{service}/programme-figures?{period}", Ct);
        var rows = figures.GetProperty("programmes").EnumerateArray().ToDictionary(r => r.GetProperty("templateId").GetGuid(), r => r.GetProperty("attendance"));
        Assert.All(model.Services[0].Programmes, p =>
        {
            var a = rows[p.TemplateId];
            Assert.Equal((a.GetProperty("due").GetInt32(), Rate(a, "noShowRate"), Rate(a, "sessionCsat")), (p.Due, p.NoShowRate, p.SessionCsat));
        });
        Assert.Contains(model.Services[0].Programmes, p => p.Due > 0);
    }

    /// <summary>The referral targets: the services the coaching service sent referrals to in the period, counted from the database.</summary>
    private static async Task ReferralTargetsAreTheLiveReferralsAsync(SujuvaApp app, Guid service, BlueprintModelDto model)
    {
        var (start, end) = (DayCount.StartOfDayUtc(model.From), DayCount.StartOfDayUtc(model.To.AddDays(1)));
        var id = new ServiceId(service);
        var sent = await app.WithDbAsync(async db => await db.Referrals.AsNoTracking()
            .Where(r => r.FromServiceId == id && r.SentAt >= start && r.SentAt < end).Select(r => r.ToServiceId).ToListAsync(Ct));
        Assert.Equal(sent.GroupBy(s => s.Value).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key),
            model.Services[0].Referrals.Select(r => (r.ToServiceId, r.Sent)).OrderBy(x => x.ToServiceId));
    }

    private static double? P50(JsonElement current, string name) =>
        current.GetProperty(name).ValueKind == JsonValueKind.Null ? null : current.GetProperty(name).GetProperty("p50").GetDouble();

    private static double? Rate(JsonElement attendance, string name) =>
        attendance.GetProperty(name).ValueKind == JsonValueKind.Null ? null : attendance.GetProperty(name).GetDouble();
}
