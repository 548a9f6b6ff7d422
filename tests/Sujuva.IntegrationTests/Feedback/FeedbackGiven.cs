using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Feedback;

/// <summary>Service events that issue feedback links, made through the API as workers make them.</summary>
public static class FeedbackGiven
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Closes a coaching case and shows its link: the case and the URL the client gets.</summary>
    public static async Task<(CaseDto Case, ShownLinkDto Link)> ClosedCaseLinkAsync(HttpClient coach, int caseIndex = 0)
    {
        var service = await Given.ServiceAsync(coach, FixtureNetwork.CoachingService);
        var board = await Given.BoardAsync(coach, service.Id);
        var card = board.Columns.SelectMany(c => c.Cards).OrderBy(c => c.ClientPseudonym, StringComparer.Ordinal).ElementAt(caseIndex);
        var closed = await coach.PostAsJsonAsync($"/api/cases/{card.CaseId}/close", new { outcome = "Employed", version = card.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var @case = await Given.CaseAsync(coach, card.CaseId);
        return (@case, await ShowAsync(coach, @case.Id));
    }

    public static async Task<CaseFeedbackDto> CaseFeedbackAsync(HttpClient client, Guid caseId) =>
        (await client.GetFromJsonAsync<CaseFeedbackDto>($"/api/cases/{caseId}/feedback", Ct))!;

    /// <summary>Shows the case's newest link (a fresh secret).</summary>
    public static async Task<ShownLinkDto> ShowAsync(HttpClient client, Guid caseId)
    {
        var link = (await CaseFeedbackAsync(client, caseId)).Links[0];
        var response = await client.PostAsync($"/api/cases/{caseId}/feedback-links/{link.Id}/show", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ShownLinkDto>(Ct))!;
    }

    public static string TokenOf(ShownLinkDto link) => link.Url[(link.Url.LastIndexOf('/') + 1)..];

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string token, object answer) =>
        client.PostAsJsonAsync($"/api/feedback/public/{token}", answer, Ct);
}
