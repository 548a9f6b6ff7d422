using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Features.WorkLogs;

namespace Sujuva.IntegrationTests.Demo;

/// <summary>
/// The remote coaching team's year of coaching programmes in the full demo tells the story the simulation made: two
/// programmes, a year of sessions held at the office until the switch and remote after it, clearly fewer no-shows and
/// better session feedback remotely, attended minutes as work on the cases, the improvement that charts it, upcoming
/// sessions in the team's week, and the session events in the log with pseudonyms only. A year of rows is read from the
/// database (the API pages them by week); the week is read through the API.
/// </summary>
internal static class DemoProgrammeChecks
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record CoachingYear(ServiceId Service, TeamId Team, List<ProgrammeTemplate> Templates, List<ProgrammeEnrolment> Enrolments,
        List<CoachingSession> Sessions, List<SessionSeat> Seats, List<WorkLog> WorkLogs, List<(FeedbackAnswer Answer, FeedbackLink Link)> Answers,
        List<Improvement> Improvements, List<string> ClientNames);

    public static async Task TellTheSwitchToRemoteAsync(SujuvaApp app, HttpClient manager, List<EventDto> events)
    {
        var year = await app.WithDbAsync(ReadAsync);
        var improvement = Assert.Single(year.Improvements, i => i.ScopeServiceId == year.Service.Value
            && i.Measures.Any(m => m.Role == MeasureRole.Outcome && m.Kind == MeasureKind.NoShowRate));
        Assert.StartsWith("Valmennus etänä", improvement.Title, StringComparison.Ordinal);
        var change = Assert.Single(improvement.ChangeDates);
        var switchUtc = DayCount.StartOfDayUtc(change);

        TwoProgrammesMadeRemote(year);
        AYearInPersonThenRemote(year, switchUtc);
        FewerNoShowsAndBetterFeedbackRemotely(year, switchUtc);
        AttendedMinutesAreWorkOnTheCase(year);
        await UpcomingSessionsInTheTeamsWeekAsync(year, manager);
        SessionEventsWithPseudonymsOnly(year, events);
    }

    private static async Task<CoachingYear> ReadAsync(SujuvaDb db)
    {
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Name == "Etätyövalmennus", Ct);
        var sessions = await db.CoachingSessions.AsNoTracking().Where(s => s.ServiceId == service.Id).ToListAsync(Ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var seats = await db.SessionSeats.AsNoTracking().Where(s => ids.Contains(s.SessionId)).ToListAsync(Ct);
        var cases = seats.Select(s => s.CaseId).Distinct().ToList();
        var clients = await db.Cases.AsNoTracking().Where(c => cases.Contains(c.Id)).Select(c => c.ClientId).ToListAsync(Ct);
        var names = await db.ClientPersonalData.AsNoTracking().Where(p => clients.Contains(p.ClientId))
            .Select(p => new { p.FirstName, p.LastName }).ToListAsync(Ct);
        var answers = await db.Set<FeedbackAnswer>().AsNoTracking()
            .Where(a => a.ServiceId == service.Id && a.EventKind == FeedbackEventKind.Session)
            .Join(db.Set<FeedbackLink>().AsNoTracking(), a => a.LinkId, l => l.Id, (a, l) => new { a, l }).ToListAsync(Ct);
        return new CoachingYear(service.Id, service.TeamId,
            await db.ProgrammeTemplates.AsNoTracking().Where(t => t.ServiceId == service.Id).ToListAsync(Ct),
            await db.ProgrammeEnrolments.AsNoTracking().Where(e => e.ServiceId == service.Id).ToListAsync(Ct),
            sessions, seats, await db.WorkLogs.AsNoTracking().Where(w => cases.Contains(w.CaseId)).ToListAsync(Ct),
            [.. answers.Select(x => (x.a, x.l))], await db.Improvements.AsNoTracking().ToListAsync(Ct),
            [.. names.SelectMany(n => new[] { n.FirstName, n.LastName })]);
    }

    /// <summary>A weekly programme of eight and a monthly one, each edited once (at the switch) to hold every session remotely.</summary>
    private static void TwoProgrammesMadeRemote(CoachingYear year)
    {
        Assert.Equal(2, year.Templates.Count);
        var weekly = Assert.Single(year.Templates, t => t.Rhythm.Kind == RhythmKind.Weekly);
        Assert.Single(year.Templates, t => t.Rhythm.Kind == RhythmKind.Monthly);
        Assert.Equal(8, weekly.Sessions.Select(p => p.Topic).Distinct().Count());
        Assert.All(year.Templates, t => Assert.Equal(2, t.Version));
        Assert.All(year.Templates.SelectMany(t => t.Sessions), p => Assert.Equal((SessionMode.Remote, true), (p.Mode, p.VideoLink is not null)));
        Assert.True(year.Enrolments.Count >= 60, $"{year.Enrolments.Count} enrolments");
    }

    /// <summary>
    /// Sessions over about a year; every one before the switch at the office; every programme enrolled after it remote
    /// (version 2), while one running at the switch kept its version and place.
    /// </summary>
    private static void AYearInPersonThenRemote(CoachingYear year, DateTime switchUtc)
    {
        var held = year.Sessions.Where(s => s.Status == SessionStatus.Held).ToList();
        Assert.True(held.Count >= 400, $"{held.Count} sessions held");
        Assert.True((held.Max(s => s.StartUtc) - held.Min(s => s.StartUtc)).TotalDays >= 300, "a year of sessions");
        var before = year.Sessions.Where(s => s.StartUtc < switchUtc).ToList();
        Assert.True(before.Count >= 100, $"{before.Count} sessions before the switch");
        Assert.All(before, s => Assert.Equal((SessionMode.InPerson, true, false), (s.Mode, s.Place is not null, s.VideoLink is not null)));

        var enrolledAfter = year.Enrolments.Where(e => e.EnrolledAt >= switchUtc).Select(e => e.TemplateVersion).ToList();
        Assert.NotEmpty(enrolledAfter);
        Assert.All(enrolledAfter, v => Assert.Equal(2, v));
        Assert.All(year.Enrolments.Where(e => e.EnrolledAt < switchUtc), e => Assert.Equal(1, e.TemplateVersion));
        var after = year.Sessions.Where(s => s.StartUtc >= switchUtc).ToList();
        Assert.All(after.Where(s => s.TemplateVersion == 2), s => Assert.Equal((SessionMode.Remote, true), (s.Mode, s.VideoLink!.StartsWith("https://", StringComparison.Ordinal))));
        Assert.True(after.Count(s => s.Mode == SessionMode.Remote) > 0.75 * after.Count, "most sessions after the switch are remote");
    }

    /// <summary>The no-show rate (no-shows / sessions due) falls clearly after the switch; remote sessions are rated better.</summary>
    private static void FewerNoShowsAndBetterFeedbackRemotely(CoachingYear year, DateTime switchUtc)
    {
        var sessions = year.Sessions.ToDictionary(s => s.Id);
        double NoShowRate(Func<CoachingSession, bool> which)
        {
            var due = year.Seats.Where(s => s.Attendance is Attendance.Attended or Attendance.NoShow && which(sessions[s.SessionId])).ToList();
            return (double)due.Count(s => s.Attendance == Attendance.NoShow) / due.Count;
        }
        var (before, after) = (NoShowRate(s => s.StartUtc < switchUtc), NoShowRate(s => s.StartUtc >= switchUtc));
        Assert.True(before > 1.5 * after, string.Create(CultureInfo.InvariantCulture, $"no-show rate {before:P1} before the switch, {after:P1} after"));

        Assert.True(year.Answers.Count >= 50, $"{year.Answers.Count} answers after sessions");
        var attended = year.Seats.Where(s => s.Attendance == Attendance.Attended).ToDictionary(s => (s.SessionId, s.CaseId));
        Assert.All(year.Answers, x =>
        {
            var seat = attended[(x.Link.SessionId!.Value, x.Link.CaseId)];
            Assert.True(seat.MarkedAt <= x.Link.IssuedAt && x.Link.IssuedAt <= x.Answer.AnsweredAt, "answered after the session it is bound to");
        });
        double MeanRating(SessionMode mode) => year.Answers.Where(x => sessions[x.Link.SessionId!.Value].Mode == mode).Average(x => x.Answer.Rating);
        Assert.True(MeanRating(SessionMode.Remote) > MeanRating(SessionMode.InPerson),
            string.Create(CultureInfo.InvariantCulture, $"mean rating {MeanRating(SessionMode.Remote):F2} remote, {MeanRating(SessionMode.InPerson):F2} in person"));
    }

    /// <summary>Every attended seat's minutes are a work log of the coach on the case, at the marking, as MarkAttendance records them.</summary>
    private static void AttendedMinutesAreWorkOnTheCase(CoachingYear year)
    {
        var coaches = year.Sessions.ToDictionary(s => s.Id, s => s.CoachId);
        var logs = year.WorkLogs.Select(w => (w.CaseId, w.UserId, w.Minutes, w.At)).ToHashSet();
        var attended = year.Seats.Where(s => s.Attendance == Attendance.Attended).ToList();
        Assert.NotEmpty(attended);
        Assert.All(attended, s => Assert.Contains((s.CaseId, coaches[s.SessionId], s.Minutes!.Value, s.MarkedAt!.Value), logs));
    }

    /// <summary>Running programmes have sessions ahead, some this coming week, and the team's week shows the next week's.</summary>
    private static async Task UpcomingSessionsInTheTeamsWeekAsync(CoachingYear year, HttpClient manager)
    {
        var now = DateTime.UtcNow;
        var upcoming = year.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartUtc > now).ToList();
        Assert.True(upcoming.Count >= 10, $"{upcoming.Count} sessions ahead");
        Assert.Contains(upcoming, s => s.StartUtc < now.AddDays(7));

        var nextWeek = DateOnly.FromDateTime(now).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var week = await manager.GetFromJsonAsync<WeekDto>($"/api/teams/{year.Team.Value}/sessions?week={nextWeek}", Ct);
        Assert.Contains(week!.Sessions, s => s.Status == "Scheduled" && s.Seats.Count == 1);
    }

    /// <summary>Each enrolment and marking, and the service's cancellations and moves, are in the log, by pseudonym, never by name.</summary>
    private static void SessionEventsWithPseudonymsOnly(CoachingYear year, List<EventDto> events)
    {
        var sessionEvents = events.Where(e => e.Type is "ProgrammeEnrolled" or "SessionAttendanceMarked" or "SessionCancelled" or "SessionRescheduled")
            .ToList();
        Assert.Equal(year.Enrolments.Count, sessionEvents.Count(e => e.Type == "ProgrammeEnrolled"));
        Assert.Equal(year.Seats.Count(s => s.Attendance != Attendance.Expected), sessionEvents.Count(e => e.Type == "SessionAttendanceMarked"));
        Assert.Equal(year.Sessions.Count(s => s.Status == SessionStatus.CancelledByService), sessionEvents.Count(e => e.Type == "SessionCancelled"));
        Assert.Equal(year.Sessions.Count(s => s.Status == SessionStatus.Rescheduled), sessionEvents.Count(e => e.Type == "SessionRescheduled"));
        Assert.Contains(sessionEvents, e => e.Type == "SessionRescheduled");
        Assert.All(sessionEvents, e => Assert.StartsWith("C-", e.ClientPseudonym, StringComparison.Ordinal));
        Assert.DoesNotContain(sessionEvents, e => year.ClientNames.Any(name => e.Payload.GetRawText().Contains(name, StringComparison.Ordinal)));
    }

    private sealed record WeekDto(DateOnly Monday, List<WeekSessionDto> Sessions);

    private sealed record WeekSessionDto(Guid Id, string Status, List<WeekSeatDto> Seats);

    private sealed record WeekSeatDto(Guid CaseId, string ClientPseudonym, string Attendance);
}
