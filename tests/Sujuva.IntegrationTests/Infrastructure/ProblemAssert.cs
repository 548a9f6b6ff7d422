using System.Text.Json;

namespace Sujuva.IntegrationTests.Infrastructure;

/// <summary>Checks refusals as "status fields": each response's status and the fields its problem details name ("400 capacity").</summary>
public static class ProblemAssert
{
    public static async Task NamesFieldsAsync(IEnumerable<(string Expected, HttpResponseMessage Response)> cases, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cases);
        foreach (var (expected, response) in cases)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            var errors = body.StartsWith('{') && JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var e)
                ? e.EnumerateObject().Select(f => f.Name) : [];
            Assert.True(expected == $"{(int)response.StatusCode} {string.Join(',', errors)}", $"{expected}: got {(int)response.StatusCode} {body}");
        }
    }
}
