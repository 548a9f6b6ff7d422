using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Feedback;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Feedback;

/// <summary>Filters of a service's feedback; dates are local (yyyy-MM-dd), both ends included.</summary>
public sealed record FeedbackFilter(DateOnly From, DateOnly To, FeedbackEventKind? EventKind = null, int? Rating = null);

public sealed record ServiceFeedbackView(Guid ServiceId, string ServiceName, DateOnly From, DateOnly To,
    FeedbackFigures Figures, FeedbackChartView? CsatChart, FeedbackChartView? MeanChart, List<FeedbackAnswerView> Comments,
    FeedbackAnswerView? Latest = null);

/// <summary>
/// A service's feedback for its team (and the network's managers): figures with n and the count at
/// each level, weekly (or, with few answers a week, monthly) P chart of CSAT and I chart of the mean rating, and the comments. The event
/// filter narrows everything; the rating filter only the comments. The latest answer up to the period's end is
/// shown whatever the filters: a case is usually closed before its rating arrives, so the team looks for it here.
/// </summary>
public static class ServiceFeedback
{
    public const int DefaultDays = 182;

    /// <summary>GET /api/services/{serviceId}/feedback: 400 naming a bad period or rating, 404 when not the user's to read.</summary>
    public static async Task<Outcome<ServiceFeedbackView>> ReadAsync(
        Guid serviceId, string? from, string? to, FeedbackEventKind? eventKind, int? rating, SujuvaDb db,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (Metrics.MetricsPeriod.TryParse(from, to, clock.GetUtcNow().UtcDateTime, out var period, DefaultDays) is { } refusal)
            return refusal;
        if (rating is < 1 or > 5) return Refusal.Invalid("rating", "Feedback.RatingOutOfRange", "Choose a rating from 1 to 5.");
        var view = await LoadAsync(db, user, new ServiceId(serviceId), new FeedbackFilter(period.From, period.To, eventKind, rating), ct);
        return view is null ? Refusal.NotFound("serviceId") : view;
    }

    /// <summary>The answers of a service the user may read, or null when it is not their team's (nor are they network-wide).</summary>
    public static async Task<IQueryable<FeedbackAnswer>?> AnswersAsync(SujuvaDb db, CurrentUser user, ServiceId id,
        FeedbackFilter filter, CancellationToken ct)
    {
        if (!await db.ServicesWorkVisibleTo(user).AnyAsync(s => s.Id == id, ct)) return null;
        var (start, end) = (DayCount.StartOfDayUtc(filter.From), DayCount.StartOfDayUtc(filter.To.AddDays(1)));
        var answers = db.Set<FeedbackAnswer>().AsNoTracking()
            .Where(a => a.ServiceId == id && a.AnsweredAt >= start && a.AnsweredAt < end);
        return filter.EventKind is { } kind ? answers.Where(a => a.EventKind == kind) : answers;
    }

    public static async Task<ServiceFeedbackView?> LoadAsync(SujuvaDb db, CurrentUser user, ServiceId id,
        FeedbackFilter filter, CancellationToken ct)
    {
        if (await AnswersAsync(db, user, id, filter, ct) is not { } query) return null;
        var answers = await query.ToListAsync(ct);
        var end = DayCount.StartOfDayUtc(filter.To.AddDays(1));
        var latest = await db.Set<FeedbackAnswer>().AsNoTracking().Where(a => a.ServiceId == id && a.AnsweredAt < end)
            .OrderByDescending(a => a.AnsweredAt).FirstOrDefaultAsync(ct);
        var name = await db.Services.Where(s => s.Id == id)
            .Select(s => LocalName.Pick(s.Name, s.NameSv, s.NameEn)).SingleAsync(ct);
        var (trend, periods) = TrendOf(answers.Select(a => (a.AnsweredAt, a.Rating)));
        var comments = answers.Where(a => a.Comment is not null && (filter.Rating is null || a.Rating == filter.Rating))
            .OrderByDescending(a => a.AnsweredAt).Select(FeedbackAnswerView.From).ToList();
        return new ServiceFeedbackView(id.Value, name, filter.From, filter.To,
            FeedbackFigures.Of(answers.Select(a => a.Rating), answers.Select(a => a.Recommendation)),
            FeedbackChartView.From(trend.Csat, periods, trend), FeedbackChartView.From(trend.Mean, periods, trend) is { } mean
                ? mean with { SmallSubgroups = false }  // wide limits for a small n are the P chart's: σ of a proportion is √(p̄(1 − p̄)/n)
                : null,
            comments, latest is null ? null : FeedbackAnswerView.From(latest));
    }

    /// <summary>
    /// CSAT and the mean rating per local week, or per month when a typical week has too few answers
    /// (FeedbackTrend.WeeklyOrMonthly), with each charted period's first day and n. Session CSAT is charted this way too.
    /// </summary>
    public static (FeedbackTrend Trend, List<(DateOnly Start, int Answers)> Periods) TrendOf(IEnumerable<(DateTime AnsweredAt, int Rating)> answers)
    {
        var list = answers.ToList();
        var weeks = list.GroupBy(a => WeekStart(DayCount.LocalDate(a.AnsweredAt)))
            .Select(g => new FeedbackPeriod(g.Key, [.. g.Select(a => a.Rating)])).ToList();
        var months = list.GroupBy(a => MonthStart(DayCount.LocalDate(a.AnsweredAt)))
            .Select(g => new FeedbackPeriod(g.Key, [.. g.Select(a => a.Rating)])).ToList();
        var trend = FeedbackTrend.WeeklyOrMonthly(weeks, months);
        return (trend, trend.Points.Select(p => (p.Start, p.Answers)).ToList());
    }

    /// <summary>The first day of the day's month.</summary>
    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The Monday of the ISO week the day falls in (the improvement charts' week, LocalWeek).</summary>
    public static DateOnly WeekStart(DateOnly day) => LocalWeek.Of(day).Monday;
}
