using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Writes a calendar feed (RFC 5545) by the rules of METRICS.md §10: one VEVENT per session instance with its stable
/// UID, SEQUENCE and DTSTAMP (its last change), local times in Europe/Helsinki with that zone's VTIMEZONE, a cancelled
/// session kept as STATUS:CANCELLED, the video link in URL and CONFERENCE (RFC 7986), a reminder an hour before. The
/// same sessions always give the same bytes (no clock is read), so an unchanged feed keeps its ETag. The one place
/// that uses Ical.Net, which folds lines at 75 octets and ends them with CRLF.
/// </summary>
public static class CalendarFeedWriter
{
    public const string Zone = "Europe/Helsinki";

    // The zone's rules from this year on: feeds hold this year's sessions onwards, and a fixed year keeps the bytes stable.
    private static readonly DateTime ZoneRulesFrom = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static string Write(string calendarName, IEnumerable<FeedSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var calendar = new Calendar { ProductId = "-//Sujuva//Sujuva//FI" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(Zone, ZoneRulesFrom, includeHistoricalData: false));
        foreach (var session in sessions.OrderBy(s => s.StartUtc).ThenBy(s => s.Uid, StringComparer.Ordinal))
            calendar.Events.Add(Event(session));
        // The serializer formats numbers in the current culture: Finnish writes "BYDAY=−1SU" with U+2212, which no
        // calendar app reads. RFC 5545 text is culture-free.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            return new CalendarSerializer().SerializeToString(calendar)!;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static CalendarEvent Event(FeedSession s)
    {
        var e = new CalendarEvent
        {
            Uid = s.Uid,
            Sequence = s.Sequence,
            DtStamp = new CalDateTime(s.ChangedUtc, CalDateTime.UtcTzId, true),
            DtStart = Local(s.StartUtc),
            DtEnd = Local(s.EndUtc),
            Summary = s.Summary,
            Location = s.Place,
            Url = s.VideoLink,
            Status = s.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (s.VideoLink is { } link)
        {
            var conference = new CalendarProperty("CONFERENCE", link.AbsoluteUri);
            conference.Parameters.Add("VALUE", "URI");
            conference.Parameters.Add("FEATURE", "VIDEO");
            e.AddProperty(conference);
        }

        e.Alarms.Add(new Alarm { Action = AlarmAction.Display, Description = s.Summary, Trigger = new Trigger(Duration.FromHours(-1)) });
        return e;
    }

    private static CalDateTime Local(DateTime utc) =>
        new(TimeZoneInfo.ConvertTimeFromUtc(utc, Sujuva.Analytics.Flow.DayCount.Helsinki), Zone, true);
}
