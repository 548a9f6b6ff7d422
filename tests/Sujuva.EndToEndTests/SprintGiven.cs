using System.Net.Http.Json;
using System.Text.Json;

namespace Sujuva.EndToEndTests;

/// <summary>A test's own design sprint, planned and started through the REST API as its facilitator would.</summary>
public sealed class SprintGiven(Uri baseAddress)
{
    private readonly ApiGiven _api = new(baseAddress);

    /// <summary>A whole-day sprint starting next week, planned by the facilitator (a team lead); returns its id.</summary>
    public async Task<Guid> PlannedAsync(string facilitator, string decider, params string[] participants)
    {
        using var http = await _api.SignedInAsync(facilitator);
        var monday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7));
        while (monday.DayOfWeek != DayOfWeek.Monday) monday = monday.AddDays(1);
        var created = await ApiGiven.Ok(await http.PostAsJsonAsync("/api/sprints", new
        {
            challenge = $"E2E {Guid.NewGuid().ToString("N")[..6]}: miten asiakas pääsee palveluun viikossa?",
            deciderId = await IdAsync(decider), facilitatorId = await IdAsync(facilitator), mode = "InPerson",
            sessions = Enumerable.Range(1, 4).Select(day => new { day, half = 0, date = monday.AddDays(day - 1), start = "09:00:00" }),
            participants = await Task.WhenAll(participants.Select(IdAsync)),
        }));
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>"How might we" notes from the expert interviews, then the agenda at organising them (the HMW dot vote).</summary>
    public async Task AtHowMightWeVoteAsync(string facilitator, Guid sprintId, params string[] notes)
    {
        using var http = await _api.SignedInAsync(facilitator);
        foreach (var text in notes)
            await ApiGiven.Ok(await http.PostAsJsonAsync($"/api/sprints/{sprintId}/notes",
                new { exercise = "ExpertInterviews", kind = "HowMightWe", text, theme = "Pääsy palveluun" }));
        var sprint = await http.GetFromJsonAsync<JsonElement>($"/api/sprints/{sprintId}");
        await ApiGiven.Ok(await http.PostAsJsonAsync($"/api/sprints/{sprintId}/run/start",
            new { exercise = "OrganiseHowMightWe", version = sprint.GetProperty("version").GetInt32() }));
    }

    private async Task<Guid> IdAsync(string email)
    {
        using var http = await _api.SignedInAsync(email);
        return (await http.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
    }
}
