using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sujuva.Web.Features;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Tests.EventLog;

/// <summary>Live updates come from the feed's own thread; a page must still redraw in its reader's language.</summary>
public sealed class EventFeedCultureTests
{
    [Fact]
    public async Task Publish_FromAnotherThread_CallsEachSubscriberInTheCultureItSubscribedIn()
    {
        var feed = new EventFeed(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            NullLogger<EventFeed>.Instance);
        var seen = new List<(string Subscriber, string Culture, string UiCulture)>();
        using var finnish = await SubscribeInAsync(feed, "fi-FI", seen);
        using var swedish = await SubscribeInAsync(feed, "sv-FI", seen);

        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            feed.Publish(new HashSet<ServiceId> { new(Guid.NewGuid()) });
            Assert.Equal(CultureInfo.InvariantCulture, CultureInfo.CurrentUICulture);  // the feed's own culture is put back
        }, TestContext.Current.CancellationToken);

        Assert.Equal([("fi-FI", "fi-FI", "fi-FI"), ("sv-FI", "sv-FI", "sv-FI")], seen);
    }

    [Fact]
    public void Publish_AfterDispose_NoLongerCallsTheSubscriber()
    {
        var feed = new EventFeed(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            NullLogger<EventFeed>.Instance);
        var calls = 0;
        var subscription = feed.Subscribe(_ => calls++);

        subscription.Dispose();
        feed.Publish(new HashSet<ServiceId> { new(Guid.NewGuid()) });

        Assert.Equal(0, calls);
    }

    private static Task<IDisposable> SubscribeInAsync(EventFeed feed, string culture, List<(string, string, string)> seen) =>
        Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return feed.Subscribe(_ => seen.Add((culture, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name)));
        });
}
