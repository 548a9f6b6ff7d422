using System.Net.Http.Headers;
using System.Net.Http.Json;
using Sujuva.Analytics;

namespace Sujuva.Bench;

public sealed record Token(string AccessToken);
public sealed record Me(Guid Id, List<Guid> Teams);

/// <summary>Signing in as any API client does: POST /api/auth/login, then the access token as Bearer.</summary>
public static class BenchSignIn
{
    /// <param name="timeout">Per request; slow pages (a cold dashboard) need more than HttpClient's 100 s default.</param>
    public static async Task<HttpClient> AsAsync(string url, string email, string password, string? twoFactorCode = null,
        TimeSpan? timeout = null)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(url) };
        if (timeout is { } t) http.Timeout = t;
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password, twoFactorCode });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"sign-in {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = await response.Content.ReadFromJsonAsync<Token>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return http;
    }

    /// <summary>Nearest-rank percentile of sorted latencies; NaN when nothing was measured.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Percentiles.NearestRank(sorted.Count, p) - 1];
}
