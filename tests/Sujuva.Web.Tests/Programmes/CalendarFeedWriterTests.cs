using System.Text;
using Ical.Net;
using Sujuva.Web.Features.Programmes;

namespace Sujuva.Web.Tests.Programmes;

/// <summary>
/// The calendar feed against every rule of METRICS.md §10, read back with Ical.Net: one VEVENT per session with its
/// UID, SEQUENCE and DTSTAMP, Helsinki times with the zone's VTIMEZONE across both clock changes, cancellations kept,
/// the video link in URL and CONFERENCE, a reminder an hour before, CRLF and lines folded at 75 octets, stable bytes.
/// </summary>
public sealed class CalendarFeedWriterTests
{
    private static DateTime Z(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static readonly Uri Video = new("https://video.kuusijarvi.example/huone/valmennus-7f3a9c2e-5b1d-4e8a-9c6f-2d7b8e1a4c3f?kieli=fi");

    private static FeedSession[] Sessions() =>
    [
        // Before the spring change (EET, +2), after it (EEST, +3), and after the autumn change (EET again).
        new("a1f4", 0, Z(3, 1, 9), Z(3, 23, 8), Z(3, 23, 9), "Valmennus 1/8", "Työpaja Kipinä, Rantakatu 4, 2. kerros, neuvotteluhuone Päärynä", null, false),
        new("b2e5", 3, Z(3, 20, 12, 30), Z(3, 30, 7), Z(3, 30, 8), "Valmennus 2/8", null, Video, false),
        new("c3d6", 1, Z(10, 20, 6), Z(10, 26, 8), Z(10, 26, 9), "Valmennus 8/8", null, Video, true),
    ];

    private static Calendar Read(string feed) => Calendar.Load(feed)!;

    [Fact]
    public void Events_OnePerSession_WithUidSequenceDtstampAndStatus()
    {
        var events = Read(CalendarFeedWriter.Write("Sujuva", Sessions())).Events.OrderBy(e => e.Uid).ToList();

        Assert.Equal(["a1f4", "b2e5", "c3d6"], events.Select(e => e.Uid));
        Assert.Equal([0, 3, 1], events.Select(e => e.Sequence));
        Assert.Equal([Z(3, 1, 9), Z(3, 20, 12, 30), Z(10, 20, 6)], events.Select(e => e.DtStamp!.AsUtc));
        Assert.Equal(["CONFIRMED", "CONFIRMED", "CANCELLED"], events.Select(e => e.Status));
        Assert.Equal(["Valmennus 1/8", "Valmennus 2/8", "Valmennus 8/8"], events.Select(e => e.Summary));
    }

    [Fact]
    public void Times_InHelsinkiWithItsZone_AreRightOnBothSidesOfBothClockChanges()
    {
        var feed = CalendarFeedWriter.Write("Sujuva", Sessions());
        var calendar = Read(feed);
        var events = calendar.Events.OrderBy(e => e.Uid).ToList();

        Assert.All(events, e => Assert.Equal("Europe/Helsinki", e.DtStart!.TzId));
        Assert.Equal([10, 10, 10], events.Select(e => e.DtStart!.Hour));
        Assert.Equal([Z(3, 23, 8), Z(3, 30, 7), Z(10, 26, 8)], events.Select(e => e.DtStart!.AsUtc));
        Assert.Equal([Z(3, 23, 9), Z(3, 30, 8), Z(10, 26, 9)], events.Select(e => e.DtEnd!.AsUtc));
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Helsinki", zone.TzId);
        Assert.Contains("BEGIN:STANDARD\r\n", feed, StringComparison.Ordinal);
        Assert.Contains("BEGIN:DAYLIGHT\r\n", feed, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0300\r\n", feed, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0200\r\n", feed, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n", feed, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n", feed, StringComparison.Ordinal);
    }

    /// <summary>Feeds are served in the reader's culture; Finnish and Swedish write minus as U+2212, which RFC 5545 does not know.</summary>
    [Theory]
    [InlineData("fi-FI")]
    [InlineData("sv-FI")]
    public void Zone_IsWrittenCultureFree_InAFinnishOrSwedishRequest(string culture)
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        try
        {
            var feed = CalendarFeedWriter.Write("Sujuva", Sessions());
            Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n", feed, StringComparison.Ordinal);
            Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n", feed, StringComparison.Ordinal);
            Assert.Equal(System.Globalization.CultureInfo.GetCultureInfo(culture), System.Globalization.CultureInfo.CurrentCulture);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void VideoLink_InUrlAndConference_PlaceInLocation_ReminderAnHourBefore()
    {
        var events = Read(CalendarFeedWriter.Write("Sujuva", Sessions())).Events.OrderBy(e => e.Uid).ToList();

        Assert.Equal("Työpaja Kipinä, Rantakatu 4, 2. kerros, neuvotteluhuone Päärynä", events[0].Location);
        Assert.Null(events[0].Url);
        Assert.Null(events[0].Properties["CONFERENCE"]);
        Assert.Equal(Video, events[1].Url);
        var conference = events[1].Properties["CONFERENCE"]!;
        Assert.Equal(Video.AbsoluteUri, conference.Value);
        Assert.Equal("VIDEO", conference.Parameters.Get("FEATURE"));
        Assert.All(events, e => Assert.Equal(TimeSpan.FromHours(-1), Assert.Single(e.Alarms).Trigger!.Duration!.Value.ToTimeSpanUnspecified()));
    }

    [Fact]
    public void Lines_EndInCrlfAndAreFoldedAt75Octets()
    {
        var feed = CalendarFeedWriter.Write("Sujuva", Sessions());

        Assert.EndsWith("END:VCALENDAR\r\n", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", feed.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = feed.Split("\r\n")[..^1];
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
    }

    [Fact]
    public void SameSessions_GiveTheSameBytes_AndAChangeChangesOnlyItsEvent()
    {
        var sessions = Sessions();
        var first = CalendarFeedWriter.Write("Sujuva", sessions);
        var again = CalendarFeedWriter.Write("Sujuva", sessions.Reverse());
        var moved = CalendarFeedWriter.Write("Sujuva", [sessions[0], sessions[1] with { Sequence = 4, ChangedUtc = Z(3, 25, 9), StartUtc = Z(3, 31, 7), EndUtc = Z(3, 31, 8) }, sessions[2]]);

        Assert.Equal(first, again);
        var b2 = Read(moved).Events.Single(e => e.Uid == "b2e5");
        Assert.Equal((4, Z(3, 31, 7)), (b2.Sequence, b2.DtStart!.AsUtc));
    }
}
