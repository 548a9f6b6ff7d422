using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// The coaching programmes' figures (issue 16, item 8) of a service (all its programmes) or of one programme template
/// (all its versions): attendance and no-show rates of the sessions due, days from enrolment to the first attended
/// session, attended sessions per client, session CSAT, the weekly no-show, CSAT and remote-share P charts, a row per
/// programme and per session mode. Aggregates only, shown to whoever sees the service's figures (its teams and the
/// network-wide roles, as the service's feedback); others are told it does not exist (404).
/// </summary>
public static class ProgrammeFigures
{
    /// <summary>The last twelve months: 365 days ending today.</summary>
    public const int DefaultDays = 365;

    /// <summary>GET /api/services/{serviceId}/programme-figures: 400 naming a bad from or to, 404 for a service the user does not see.</summary>
    public static async Task<Outcome<ProgrammeFiguresView>> ForServiceAsync(Guid serviceId, string? from, string? to, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (MetricsPeriod.TryParse(from, to, clock.GetUtcNow().UtcDateTime, out var period, DefaultDays) is { } refusal) return refusal;
        return await LoadAsync(db, user, new ServiceId(serviceId), null, period, ct) is { } view ? view : Refusal.NotFound("serviceId");
    }

    /// <summary>GET /api/programme-templates/{templateId}/figures: 400 naming a bad from or to, 404 for a template the user does not see.</summary>
    public static async Task<Outcome<ProgrammeFiguresView>> ForTemplateAsync(Guid templateId, string? from, string? to, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (MetricsPeriod.TryParse(from, to, clock.GetUtcNow().UtcDateTime, out var period, DefaultDays) is { } refusal) return refusal;
        var id = new ProgrammeTemplateId(templateId);
        var service = await db.ProgrammeTemplates.AsNoTracking().Where(t => t.Id == id).Select(t => (ServiceId?)t.ServiceId).SingleOrDefaultAsync(ct);
        var view = service is { } s ? await LoadAsync(db, user, s, id, period, ct) : null;
        return view is null ? Refusal.NotFound("templateId") : view;
    }

    /// <summary>The figures, or null when the user does not see the service's figures or the template is not the service's.</summary>
    public static async Task<ProgrammeFiguresView?> LoadAsync(SujuvaDb db, CurrentUser user, ServiceId service, ProgrammeTemplateId? template,
        MetricsPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var serviceName = await db.ServicesWorkVisibleTo(user).Where(s => s.Id == service)
            .Select(s => LocalName.Pick(s.Name, s.NameSv, s.NameEn)).SingleOrDefaultAsync(ct);
        if (serviceName is null) return null;
        var templates = await db.ProgrammeTemplates.AsNoTracking().Where(t => t.ServiceId == service)
            .Select(t => new { t.Id, Name = LocalName.Pick(t.Name, t.NameSv, t.NameEn) }).ToListAsync(ct);
        if (template is { } only)
        {
            templates = [.. templates.Where(t => t.Id == only)];
            if (templates.Count == 0) return null;
        }

        var (fromUtc, toUtc) = (DayCount.StartOfDayUtc(period.From), DayCount.StartOfDayUtc(period.To.AddDays(1)));
        ServiceId[] services = [service];
        var seats = await SessionOutcomes.SeatsAsync(db, services, template, fromUtc, toUtc, ct);
        var firsts = await SessionOutcomes.FirstSessionsAsync(db, services, template, fromUtc, toUtc, ct);
        var ratings = await SessionCsat.AnswersAsync(db, services, template, fromUtc, toUtc, ct);

        var rows = templates.OrderBy(t => t.Name, StringComparer.CurrentCulture).Select(t => new ProgrammeFiguresRow(t.Id.Value, t.Name,
            AttendanceFigures.Of([.. seats.Where(s => s.TemplateId == t.Id)], [.. ratings.Where(r => r.TemplateId == t.Id)]),
            ClientFigures.Of([.. seats.Where(s => s.TemplateId == t.Id)], [.. firsts.Where(f => f.TemplateId == t.Id)]))).ToList();
        var modes = Enum.GetValues<SessionMode>()
            .Select(m => new ModeFiguresRow(m, AttendanceFigures.Of([.. seats.Where(s => s.Mode == m)], [.. ratings.Where(r => r.Mode == m)])))
            .Where(m => m.Attendance.Due > 0 || m.Attendance.CsatAnswers > 0).ToList();
        // The CSAT chart, like the weekly P charts beside it, takes the whole weeks inside the period only.
        var (csat, periods) = ServiceFeedback.TrendOf(ratings.Where(r => LocalWeek.Containing(r.AnsweredAt) is var w
            && w.StartUtc >= fromUtc && w.EndUtc <= toUtc).Select(r => (r.AnsweredAt, r.Rating)));

        return new ProgrammeFiguresView(service.Value, serviceName, template?.Value, template is null ? null : templates[0].Name,
            period.From, period.To, AttendanceFigures.Of(seats, ratings), ClientFigures.Of(seats, firsts),
            WeeklyShareChart.Of(SessionOutcomes.NoShows(seats), fromUtc, toUtc),
            FeedbackChartView.From(csat.Csat, periods, csat), rows, modes,
            WeeklyShareChart.Of(SessionOutcomes.RemoteSessions(seats), fromUtc, toUtc));
    }
}
