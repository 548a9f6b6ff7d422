using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Feedback;

/// <summary>
/// The latest rating of each case of a service, for the board's cards: one query per service per
/// board render, kept for a few seconds so a board of many cards does not ask once per card.
/// </summary>
public sealed class LatestRatings(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);
    private readonly Dictionary<ServiceId, (DateTime At, Task<Dictionary<CaseId, int>> Ratings)> _cache = [];

    public async Task<int?> OfAsync(ServiceId service, CaseId @case)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!_cache.TryGetValue(service, out var entry) || now - entry.At > Fresh)
            _cache[service] = entry = (now, LoadAsync(service));
        return (await entry.Ratings).TryGetValue(@case, out var rating) ? rating : null;
    }

    private async Task<Dictionary<CaseId, int>> LoadAsync(ServiceId service)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        // The cards of a service are its cases; their ratings may be about another service (a declined referral).
        var answers = await db.Set<FeedbackAnswer>().AsNoTracking()
            .Where(a => db.Cases.Any(c => c.Id == a.CaseId && c.ServiceId == service && c.ClosedAt == null))
            .Select(a => new { a.CaseId, a.Rating, a.AnsweredAt }).ToListAsync();
        return answers.GroupBy(a => a.CaseId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.AnsweredAt)!.Rating);
    }
}
