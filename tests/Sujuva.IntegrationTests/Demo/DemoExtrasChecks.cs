using System.Globalization;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Demo;

/// <summary>The full demo's assignees, client feedback and staff pulse, read through the API as a manager sees them.</summary>
internal static class DemoExtrasChecks
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every CaseAssigned names a member of the team working the case's service; most cases get one.</summary>
    public static async Task AssigneesAreTeamMembersAsync(HttpClient manager, List<EventDto> events, List<ServiceDto> services)
    {
        var members = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var s in services)
        {
            var board = await manager.GetFromJsonAsync<BoardWorkersDto>($"/api/services/{s.Id}/board", Ct);
            members[s.Id] = [.. board!.Workers.Select(w => w.Id)];
        }
        var assigned = events.Where(e => e.Type == "CaseAssigned").ToList();
        var opened = events.Count(e => e.Type == "CaseOpened");

        Assert.True(assigned.Count > opened / 2, $"{assigned.Count} assignments of {opened} cases");
        Assert.All(assigned, e => Assert.Contains(e.Payload.GetProperty("workerId").GetGuid(), members[e.ServiceId!.Value]));
    }

    /// <summary>
    /// Every service has answers, and each shown answer is about a case that was closed, had a referral declined, or had a
    /// coaching session attended before it.
    /// </summary>
    public static async Task FeedbackIsBoundToServiceEventsAsync(HttpClient manager, List<EventDto> events, List<ServiceDto> services)
    {
        var endings = events.Where(e => e.CaseId is not null && AskedAbout(e) is not null).ToLookup(e => (e.CaseId!.Value, AskedAbout(e)!), e => e.At);
        var from = events.Min(e => e.At).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var total = 0;
        foreach (var s in services)
        {
            var view = await manager.GetFromJsonAsync<ServiceFeedbackDto>($"/api/services/{s.Id}/feedback?from={from}", Ct);
            Assert.True(view!.Figures.Answers > 0, $"{s.Name}: no feedback");
            total += view.Figures.Answers;
            Assert.All(view.Comments, a => Assert.Contains(endings[(a.CaseId, a.EventKind)], at => at <= a.AnsweredAt));
        }
        var asked = events.Count(e => e.Type == "CaseClosed") + events.Count(e => AskedAbout(e) == "Session");
        Assert.InRange(total, asked / 5, asked / 2);
    }

    /// <summary>The feedback event kind a client is asked about after this event, if any.</summary>
    private static string? AskedAbout(EventDto e) => e.Type switch
    {
        "CaseClosed" or "ReferralDeclined" => e.Type,
        "SessionAttendanceMarked" when e.Payload.GetProperty("attendance").GetString() == "Attended" => "Session",
        _ => null,
    };

    /// <summary>Last month's pulse shows groups, none under the minimum of five answers.</summary>
    public static async Task PulseShowsGroupsOfFiveAsync(HttpClient manager, DateTime end)
    {
        var month = end.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var results = await manager.GetFromJsonAsync<PulseResultsDto>($"/api/pulse/results?month={month}", Ct);

        Assert.NotEmpty(results!.Groups);
        Assert.All(results.Groups, g => Assert.True(g.Answers >= results.MinimumAnswers, $"{g.Name}: {g.Answers}"));
        Assert.Contains(results.Groups, g => g.Kind == "Team");
    }

    private sealed record BoardWorkersDto(List<WorkerDto> Workers);

    private sealed record WorkerDto(Guid Id, string Name);

    private sealed record FiguresDto(int Answers);

    private sealed record AnswerDto(string EventKind, Guid CaseId, DateTime AnsweredAt);

    private sealed record ServiceFeedbackDto(FiguresDto Figures, List<AnswerDto> Comments);

    private sealed record PulseGroupDto(string Kind, string? Name, int Answers);

    private sealed record PulseResultsDto(int MinimumAnswers, List<PulseGroupDto> Groups);
}
