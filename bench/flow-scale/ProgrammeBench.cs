using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Sujuva.Bench;

namespace Sujuva.Bench.FlowScale;

/// <summary>
/// Issue 16's speed figures: a team lead enrols their service's clients, with themselves as coach, in a weekly
/// programme of 52 sessions (each enrolment laid out around the coach's sessions so far, moved on a clash), timing each
/// of exactly ten enrolments; then their own calendar feed, 520 sessions by then (the "500 sessions"), is read
/// as a calendar app reads it, repeats times.
/// </summary>
public static class ProgrammeBench
{
    /// <summary>Ten enrolments of 52 sessions give the coach the 520 sessions the feed target speaks of.</summary>
    private const int Enrolments = 10;

    public static async Task RunAsync(HttpClient lead, string url, string provider, int repeats, Func<TimeSpan> appCpu)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var me = (await lead.GetFromJsonAsync<Me>("/api/auth/me"))!;
        var services = (await lead.GetFromJsonAsync<List<Service>>("/api/services"))!;
        var service = services.First(s => me.Teams.Contains(s.TeamId));
        var template = (await OkAsync(await lead.PostAsJsonAsync("/api/programme-templates", new
        {
            serviceId = service.Id, name = "Vuoden valmennus", rhythm = new { kind = "Weekly" },
            sessions = Enumerable.Range(1, 52).Select(i => new { topic = $"Tapaaminen {i}", minutes = 60, mode = "Remote",
                videoLink = "https://video.kunta.example/valmennus" }),
        })))["id"]!.GetValue<string>();
        var board = (await lead.GetFromJsonAsync<Board>($"/api/services/{service.Id}/board"))!;
        var cases = board.Columns.SelectMany(c => c.Cards).Select(c => c.CaseId).ToList();
        var enrolments = Math.Min(cases.Count, Enrolments);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);

        var times = new List<double>();
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < enrolments; i++)
        {
            if (i == 1) cpu = appCpu();  // the first is cold (JIT, caches): timed on its own
            // Eight a day from 08:00 on the coach's calendar; the rest land on the next free slots (moveOnClash).
            var clock = Stopwatch.StartNew();
            await OkAsync(await lead.PostAsJsonAsync($"/api/cases/{cases[i]}/programmes", new
            {
                templateId = template, coachId = me.Id, startsOn = start, at = $"{8 + (i % 8):00}:00", moveOnClash = true,
            }));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var enrolCpu = (appCpu() - cpu).TotalMilliseconds / Math.Max(1, enrolments - 1);

        var feedUrl = (await lead.GetFromJsonAsync<JsonObject>("/api/me/calendar-feed"))!["url"]!.GetValue<string>();
        using var calendarApp = new HttpClient { BaseAddress = new Uri(url) };
        var feedPath = new Uri(feedUrl).PathAndQuery;
        var events = (await Api.GetAsync(calendarApp, feedPath)).Split("BEGIN:VEVENT").Length - 1;
        Console.WriteLine($"\n  programmes on {service.Name}: {enrolments} enrolments of 52 sessions; the coach's feed has {events} events");
        Console.WriteLine($"\n| {provider}: programme request | first ms | p50 ms | p95 ms | app CPU ms | KiB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var warm = times.Skip(1).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| Enrolment, 52 sessions ({enrolments - 1} after the first) | {times[0]:F0} | {BenchSignIn.Percentile(warm, 0.5):F0} | {BenchSignIn.Percentile(warm, 0.95):F0} | {enrolCpu:F0} | |"));
        Console.WriteLine(await Timing.MeasureAsync(calendarApp, $"Calendar feed, {events} sessions", feedPath, repeats, appCpu));
    }

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
