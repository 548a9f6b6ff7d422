using Microsoft.Extensions.Caching.Memory;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// The last written bytes of each calendar feed, so that a calendar app polling an unchanged feed costs one
/// aggregate query instead of writing hundreds of events again. An entry is served only while the stamp the
/// database gives now equals the one it was written from, so a change saved by any app instance shows at once.
/// Kept per feed and language. Bounded by bytes; a feed nobody polled for a while is dropped.
/// </summary>
public sealed class CalendarFeedCache : IDisposable
{
    // A feed of a year of weekly sessions for a busy coach (520 events) is about 240 KiB.
    private const long MaxBytes = 64L * 1024 * 1024;
    private static readonly TimeSpan Idle = TimeSpan.FromHours(2);

    private readonly MemoryCache _feeds = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    public WrittenFeed? Find(Guid feedId, string language, FeedStamp stamp) =>
        _feeds.TryGetValue((feedId, language), out WrittenFeed? written) && written!.Stamp == stamp ? written : null;

    public void Keep(Guid feedId, string language, WrittenFeed written)
    {
        ArgumentNullException.ThrowIfNull(written);
        _feeds.Set((feedId, language), written, new MemoryCacheEntryOptions { Size = written.Body.Length, SlidingExpiration = Idle });
    }

    public void Dispose() => _feeds.Dispose();
}
