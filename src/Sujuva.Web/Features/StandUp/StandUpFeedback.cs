using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Feedback;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.StandUp;

/// <summary>A client's comment as the stand-up shows it: plain text the client wrote, never markup, and no pseudonym.</summary>
public sealed record StandUpComment(DateTime At, string Service, int Rating, string Comment);

/// <summary>The team's most recent answer: a case is usually closed before its rating arrives, so the team sees it here.</summary>
public sealed record StandUpRating(DateTime At, string Service, int Rating);

/// <summary>
/// Client feedback since the start of the last working day (the same instant as the changes): the number of
/// answers, their mean rating (null when none), the comments newest first; and the latest rating at any time.
/// </summary>
public sealed record StandUpFeedbackView(int Answers, double? MeanRating, IReadOnlyList<StandUpComment> Comments,
    StandUpRating? Latest);

public static class StandUpFeedback
{
    /// <summary>The first day any rating is looked for; the feedback read needs a period.</summary>
    private static readonly DateOnly Beginning = new(2000, 1, 1);

    /// <summary>
    /// Reads each of the team's services through the service feedback read (ServiceFeedback.AnswersAsync), so
    /// the same need-to-know rule decides: a service the user may not read adds nothing.
    /// </summary>
    public static async Task<StandUpFeedbackView> LoadAsync(SujuvaDb db, CurrentUser user,
        IReadOnlyDictionary<ServiceId, string> services, DateTime since, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var today = DayCount.LocalDate(now);
        var recent = new List<FeedbackAnswer>();
        FeedbackAnswer? latest = null;
        foreach (var service in services.Keys)
        {
            if (await ServiceFeedback.AnswersAsync(db, user, service, new FeedbackFilter(Beginning, today), ct) is not { } answers)
                continue;
            recent.AddRange(await answers.Where(a => a.AnsweredAt >= since && a.AnsweredAt <= now).ToListAsync(ct));
            var last = await answers.Where(a => a.AnsweredAt <= now).OrderByDescending(a => a.AnsweredAt).FirstOrDefaultAsync(ct);
            if (last is not null && (latest is null || last.AnsweredAt > latest.AnsweredAt)) latest = last;
        }
        return Summarise(recent, latest, services);
    }

    /// <summary>The figures of the answers given (pure): count, mean rating, comments newest first.</summary>
    public static StandUpFeedbackView Summarise(IReadOnlyCollection<FeedbackAnswer> recent, FeedbackAnswer? latest,
        IReadOnlyDictionary<ServiceId, string> services)
    {
        ArgumentNullException.ThrowIfNull(recent);
        ArgumentNullException.ThrowIfNull(services);
        var figures = FeedbackFigures.Of(recent.Select(a => a.Rating), []);
        var comments = recent.Where(a => a.Comment is not null).OrderByDescending(a => a.AnsweredAt)
            .Select(a => new StandUpComment(a.AnsweredAt, services.GetValueOrDefault(a.ServiceId, "?"), a.Rating, a.Comment!))
            .ToList();
        return new StandUpFeedbackView(figures.Answers, figures.MeanRating, comments,
            latest is null ? null : new StandUpRating(latest.AnsweredAt, services.GetValueOrDefault(latest.ServiceId, "?"), latest.Rating));
    }
}
