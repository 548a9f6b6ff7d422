using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sujuva.EndToEndTests;

/// <summary>
/// Arranges a test's own small board through the REST API, so browser tests never depend on,
/// or disturb, each other or the demo data.
/// </summary>
public sealed class ApiGiven(Uri baseAddress)
{
    public const string Administrator = "paivi.rasanen@demo.sujuva.fi";

    public sealed record TestBoard(Guid ServiceId, IReadOnlyList<Guid> StageIds, IReadOnlyList<(Guid CaseId, string Pseudonym)> Cases);

    /// <summary>
    /// A new service of the team lead's team with stages Queue (waiting), Work (working, WIP limit
    /// <paramref name="workLimit"/>) and Done (working), and <paramref name="cases"/> cases in Queue.
    /// </summary>
    public async Task<TestBoard> BoardAsync(string teamLead, string teamName, int cases, int? workLimit = null)
    {
        using var admin = await SignedInAsync(Administrator);
        var teams = await admin.GetFromJsonAsync<JsonElement>("/api/teams");
        var teamId = teams.EnumerateArray().First(t => t.GetProperty("name").GetString() == teamName).GetProperty("id").GetGuid();
        var created = await Ok(await admin.PostAsJsonAsync("/api/services", new
        {
            teamId,
            name = $"E2E {Guid.NewGuid().ToString("N")[..6]}",
            stages = new object[]
            {
                new { name = "Queue", kind = "Waiting" },
                new { name = "Work", kind = "Working", wipLimit = workLimit },
                new { name = "Done", kind = "Working" },
            },
        }));
        var serviceId = created.GetProperty("id").GetGuid();
        var stageIds = created.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();

        using var lead = await SignedInAsync(teamLead);
        var opened = new List<(Guid, string)>();
        for (var i = 0; i < cases; i++)
        {
            var client = await Ok(await lead.PostAsJsonAsync("/api/clients", new { firstName = "Testi", lastName = $"Asiakas {i}" }));
            var @case = await Ok(await lead.PostAsJsonAsync("/api/cases",
                new { clientId = client.GetProperty("id").GetGuid(), serviceId }));
            opened.Add((@case.GetProperty("id").GetGuid(), @case.GetProperty("clientPseudonym").GetString()!));
        }
        return new TestBoard(serviceId, stageIds, opened);
    }

    public async Task MoveAsync(string user, Guid caseId, Guid stageId)
    {
        using var http = await SignedInAsync(user);
        var current = await http.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
        await Ok(await http.PostAsJsonAsync($"/api/cases/{caseId}/moves",
            new { stageId, version = current.GetProperty("version").GetInt32() }));
    }

    /// <summary>Sends a referral from the case to the service of that name (consent given); returns its id.</summary>
    public async Task<Guid> ReferAsync(string user, Guid fromCaseId, string toServiceName, string reason)
    {
        using var http = await SignedInAsync(user);
        var to = await ServiceIdAsync(http, toServiceName);
        var sent = await Ok(await http.PostAsJsonAsync("/api/referrals",
            new { fromCaseId, toServiceId = to, reason, clientConsented = true }));
        return sent.GetProperty("id").GetGuid();
    }

    /// <summary>The id of the service of that (Finnish) name, as the user's API lists it.</summary>
    public async Task<string> ServiceIdAsync(string user, string serviceName)
    {
        using var http = await SignedInAsync(user);
        return (await ServiceIdAsync(http, serviceName)).ToString();
    }

    private static async Task<Guid> ServiceIdAsync(HttpClient http, string serviceName)
    {
        var services = await http.GetFromJsonAsync<JsonElement>("/api/services");
        return services.EnumerateArray().First(s => s.GetProperty("name").GetString() == serviceName).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// An experiment on the service of that (Finnish) name with four measures (lead time as the outcome, queue time,
    /// throughput, CSAT) measured from a year back, and a started PDSA cycle whose change was 12 weeks ago.
    /// </summary>
    public async Task<Guid> ExperimentWithFourMeasuresAsync(string user, string serviceName, string title)
    {
        using var http = await SignedInAsync(user);
        var serviceId = await ServiceIdAsync(http, serviceName);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await Ok(await http.PostAsJsonAsync("/api/improvements", new
        {
            kind = "Experiment", title, scope = new { kind = "Service", serviceId }, measuredFrom = today.AddDays(-357),
            measures = new object[]
            {
                new { kind = "LeadTime", role = "Outcome" }, new { kind = "QueueTime", role = "Process" },
                new { kind = "Throughput", role = "Process" }, new { kind = "Csat", role = "Balancing" },
            },
        }));
        var id = created.GetProperty("id").GetGuid();
        var planned = await Ok(await http.PostAsJsonAsync($"/api/improvements/{id}/cycles", new
        {
            change = "Yhteinen alkuinfo kahdesti viikossa", changeDate = today.AddDays(-84), version = created.GetProperty("version").GetInt32(),
        }));
        await Ok(await http.PostAsJsonAsync($"/api/improvements/{id}/cycles/1/start", new { version = planned.GetProperty("version").GetInt32() }));
        return id;
    }

    /// <summary>A weekly programme of three remote one-hour sessions (with a video link) in the service: what the team lead shapes.</summary>
    public async Task<Guid> CoachingTemplateAsync(string teamLead, Guid serviceId, string name)
    {
        using var http = await SignedInAsync(teamLead);
        var created = await Ok(await http.PostAsJsonAsync("/api/programme-templates", new
        {
            serviceId, name, rhythm = new { kind = "Weekly" },
            sessions = new[] { "Tavoitteet", "Työnhaku", "Seuraavat askeleet" }
                .Select(topic => new { topic, minutes = 60, mode = "Remote", videoLink = "https://video.kunta.example/valmennus" }),
        }));
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A demo session of the team that has begun and waits for its attendance: the team, the week's Monday, the case and the session as the case page names it.</summary>
    public sealed record UnmarkedSession(Guid TeamId, DateOnly Monday, Guid CaseId, string Label);

    /// <summary>
    /// The demo's coaches mark attendance after the fact: sessions held since the previous working day wait unmarked. The
    /// latest of them, from this week or the last, as the team's week lists it.
    /// </summary>
    public async Task<UnmarkedSession> UnmarkedSessionAsync(string teamLead, string teamName)
    {
        using var http = await SignedInAsync(teamLead);
        var teams = await http.GetFromJsonAsync<JsonElement>("/api/teams");
        var teamId = teams.EnumerateArray().First(t => t.GetProperty("name").GetString() == teamName).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        foreach (var week in new[] { monday, monday.AddDays(-7) })
        {
            var view = await http.GetFromJsonAsync<JsonElement>($"/api/teams/{teamId}/sessions?week={week:yyyy-MM-dd}");
            var begun = view.GetProperty("sessions").EnumerateArray()
                .Where(s => s.GetProperty("status").GetString() == "Scheduled" && s.GetProperty("startUtc").GetDateTime() < DateTime.UtcNow)
                .SelectMany(s => s.GetProperty("seats").EnumerateArray().Where(seat => seat.GetProperty("attendance").GetString() == "Expected")
                    .Select(seat => (Session: s, Seat: seat)))
                .OrderByDescending(x => x.Session.GetProperty("startUtc").GetDateTime())
                .ToList();
            if (begun.Count == 0) continue;
            var (session, seat) = begun[0];
            return new UnmarkedSession(teamId, DateOnly.Parse(view.GetProperty("monday").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                seat.GetProperty("caseId").GetGuid(),
                $"{session.GetProperty("programmeName").GetString()} {session.GetProperty("number").GetInt32()}/{session.GetProperty("count").GetInt32()}");
        }
        throw new InvalidOperationException($"The demo has no begun, unmarked session of {teamName} this week or the last.");
    }

    /// <summary>How many referrals to the user's teams the API lists.</summary>
    public async Task<int> IncomingCountAsync(string user)
    {
        using var http = await SignedInAsync(user);
        var list = await http.GetFromJsonAsync<JsonElement>("/api/referrals?direction=incoming");
        return list.GetArrayLength();
    }

    internal async Task<HttpClient> SignedInAsync(string email)
    {
        if (email == Administrator) return await AdminAuthenticator.SignedInAsync(baseAddress);
        var http = new HttpClient { BaseAddress = baseAddress };
        var login = await Ok(await http.PostAsJsonAsync("/api/auth/login", new { email, password = AppFixture.DemoPassword }));
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return http;
    }

    internal static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
