using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;
using static Sujuva.IntegrationTests.Programmes.ProgrammeGiven;

namespace Sujuva.IntegrationTests.Programmes;

/// <summary>
/// The served feed across Finland's clock changes (METRICS.md §10, issue 16's feed tests): weekly sessions at 10.00 on
/// both sides of the last Sundays of March and October stay at 10.00 Helsinki time (a different UTC hour), the
/// VTIMEZONE carries both rules, an unchanged feed is byte-identical however late it is read, and a cancellation or a
/// move changes only its own events: the UID stays, SEQUENCE grows and DTSTAMP becomes the change's time.
/// </summary>
public sealed class CalendarFeedClockChangeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Feed_AcrossMarchAndOctober_KeepsLocalTimes_UidsAndStamps_AndGrowsSequenceOnChange(string provider)
    {
        await using var app = await StartAsync(provider);
        var (_, coach, _, template, cases, me) = await ArrangeAsync(app);
        // Spring: 23.3., 30.3. (after 29.3.), 7.4. (Easter Monday skipped), 13.4. Autumn: 19.10., 26.10. (after 25.10.), 2.11., 9.11.
        var spring = (await CreatedAsync(await EnrolAsync(coach, cases[0], template, me, Monday))).Sessions;
        var autumn = (await CreatedAsync(await EnrolAsync(coach, cases[1], template, me, new DateOnly(2026, 10, 19)))).Sessions;

        // A calendar app reads the private address without signing in, whenever it likes.
        var feedPath = new Uri((await coach.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed", Ct)).GetProperty("url").GetString()!).PathAndQuery;
        var first = await app.Anonymous().GetStringAsync(feedPath, Ct);
        app.Clock.Advance(TimeSpan.FromHours(5));
        var later = await app.Anonymous().GetStringAsync(feedPath, Ct);
        var calendar = Ical.Net.Calendar.Load(first)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();

        Assert.Equal(first, later);
        Assert.Equal([Z(3, 23, 8), Z(3, 30, 7), Z(4, 7, 7), Z(4, 13, 7), Z(10, 19, 7), Z(10, 26, 8), Z(11, 2, 8), Z(11, 9, 8)],
            events.Select(e => e.DtStart!.AsUtc));
        Assert.All(events, e => Assert.Equal("Europe/Helsinki", e.DtStart!.TzId));
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20260330T100000\r\n", first, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20261026T100000\r\n", first, StringComparison.Ordinal);
        AssertHelsinkiZone(first);

        // The service cancels 30.3. (just after the spring change) and moves 26.10. (just after the autumn one) to Tuesday.
        app.Clock.Advance(TimeSpan.FromDays(1));
        var changedAt = app.Clock.GetUtcNow().UtcDateTime;
        changedAt = changedAt.AddTicks(-(changedAt.Ticks % TimeSpan.TicksPerSecond));  // DTSTAMP is in whole seconds
        coach = await app.SignInAsync(FixtureNetwork.Coach);
        Assert.True((await coach.PostAsJsonAsync($"/api/sessions/{spring[1].Id}/cancel",
            new { reason = "ServiceClosed", version = spring[1].Version }, Ct)).IsSuccessStatusCode);
        var move = await coach.PostAsJsonAsync($"/api/sessions/{autumn[1].Id}/reschedule",
            new { day = "2026-10-27", from = "10:00", to = "11:00", version = autumn[1].Version }, Ct);
        Assert.True(move.IsSuccessStatusCode, await move.Content.ReadAsStringAsync(Ct));
        var after = Ical.Net.Calendar.Load(await app.Anonymous().GetStringAsync(feedPath, Ct))!.Events.ToDictionary(e => e.Uid!);

        var before = events.ToDictionary(e => e.Uid!);
        Assert.Equal(9, after.Count);
        var cancelled = after[events[1].Uid!];
        Assert.Equal(("CANCELLED", 1, Z(3, 30, 7)), (cancelled.Status, cancelled.Sequence, cancelled.DtStart!.AsUtc));
        Assert.True(cancelled.DtStamp!.AsUtc >= changedAt, $"DTSTAMP {cancelled.DtStamp.AsUtc:O} is not the cancellation's time.");
        var movedFrom = after[events[5].Uid!];
        Assert.Equal(("CANCELLED", 1), (movedFrom.Status, movedFrom.Sequence));
        var movedTo = Assert.Single(after.Values, e => !before.ContainsKey(e.Uid!));
        Assert.Equal((Z(10, 27, 8), 0, "CONFIRMED"), (movedTo.DtStart!.AsUtc, movedTo.Sequence, movedTo.Status));
        foreach (var unchanged in events.Where((_, i) => i is not (1 or 5)))
        {
            var now = after[unchanged.Uid!];
            Assert.Equal((unchanged.Sequence, unchanged.DtStamp!.AsUtc, unchanged.Status), (now.Sequence, now.DtStamp!.AsUtc, now.Status));
        }
    }

    /// <summary>Summer time from the last Sunday of March 03.00 (+0200 → +0300), standard time from the last Sunday of October 04.00.</summary>
    private static void AssertHelsinkiZone(string feed)
    {
        var zone = Ical.Net.Calendar.Load(feed)!.TimeZones.Single();
        Assert.Equal("Europe/Helsinki", zone.TzId);
        var unfolded = feed.Replace("\r\n ", "", StringComparison.Ordinal);
        var daylight = Section(unfolded, "DAYLIGHT");
        var standard = Section(unfolded, "STANDARD");
        Assert.Contains("TZOFFSETFROM:+0200", daylight, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0300", daylight, StringComparison.Ordinal);
        Assert.Contains("BYMONTH=3", daylight, StringComparison.Ordinal);
        Assert.Contains("BYDAY=-1SU", daylight, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETFROM:+0300", standard, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0200", standard, StringComparison.Ordinal);
        Assert.Contains("BYMONTH=10", standard, StringComparison.Ordinal);
        Assert.Contains("BYDAY=-1SU", standard, StringComparison.Ordinal);
    }

    private static string Section(string feed, string name)
    {
        var start = feed.IndexOf($"BEGIN:{name}\r\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The feed's VTIMEZONE has no {name} rule.");
        return feed[start..feed.IndexOf($"END:{name}\r\n", start, StringComparison.Ordinal)];
    }
}
