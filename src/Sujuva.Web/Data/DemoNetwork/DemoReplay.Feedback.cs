using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Features.StandUp;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// Client feedback in the demo: a link for every closed case and declined referral, as FeedbackLinks
/// issues them (and for every attended coaching session, DemoReplay.ProgrammeSessions), and for about a
/// third of them the client's answer within a few days, validated by
/// SubmitFeedback's own rules. An answer later than the end of the history is not given, so recent
/// links stay open. The seeder marks each answered link used at its answer's time.
/// </summary>
public sealed partial class DemoReplay
{
    /// <summary>Share of links the demo clients answer: about a third, so that weekly figures have some n.</summary>
    private const double AnswerShare = 0.35;

    private Random _feedbackRandom = new(0);
    private int _feedbackSeed;
    private bool _feedback;
    private DateTime _improvementUtc;
    private DateTime _endUtc;

    /// <summary>The last operation's time: the end of the simulated history.</summary>
    public DateTime EndUtc => _endUtc;

    public List<FeedbackLink> FeedbackLinks { get; } = [];
    public List<FeedbackAnswer> FeedbackAnswers { get; } = [];

    private void PrepareFeedback(int seed, DateTime improvementUtc, DateTime endUtc)
    {
        _feedback = true;
        _feedbackRandom = new Random(unchecked(seed * 31 + 11));
        _feedbackSeed = seed;
        (_improvementUtc, _endUtc) = (improvementUtc, endUtc);
    }

    private void IssueFeedbackOnClose(Case closed)
    {
        if (!_feedback || closed.ClosedAt is not { } at) return;
        var service = _services[ServiceKeyOf(closed)];
        Answer(FeedbackLink.Issue(FeedbackEventKind.CaseClosed, closed.Id, null, service.Id, service.TeamId,
            closed.ClientPseudonym, at), DemoFeedbackAnswers.MoodFor(ServiceKeyOf(closed), at >= _improvementUtc), _feedbackRandom);
    }

    private void IssueFeedbackOnDecline(Referral declined)
    {
        if (!_feedback || declined.DecidedAt is not { } at) return;
        Answer(FeedbackLink.Issue(FeedbackEventKind.ReferralDeclined, declined.FromCaseId, declined.Id,
            declined.ToServiceId, declined.ToTeamId, declined.ClientPseudonym, at), FeedbackMood.Declined, _feedbackRandom);
    }

    /// <summary>How many clients of a service answer, with a comment, on the last working day before the seeding.</summary>
    public const int LastWorkingDayAnswers = 4;

    /// <summary>
    /// The stand-up shows the feedback given since the start of the last working day, and journey 1 reads it
    /// aloud: so that the demo's stand-up has some on any day it is started, the clients of the service's
    /// latest closed cases whose links are still open answer on that day, with a comment, between 9 and 15
    /// local time and after their link was issued (as with every answer, within its 14 days and never after now).
    /// </summary>
    public void AnswerOnLastWorkingDay(string serviceKey, DateTime nowUtc)
    {
        if (!_feedback || !_services.TryGetValue(serviceKey, out var service)) return;
        var dayStart = WorkingDays.StartOfPrevious(nowUtc);
        var answered = FeedbackAnswers.Select(a => a.LinkId).ToHashSet();
        var open = FeedbackLinks
            .Where(l => l.ServiceId == service.Id && l.EventKind == FeedbackEventKind.CaseClosed && !answered.Contains(l.Id)
                && l.IssuedAt < dayStart.AddHours(12) && l.IssuedAt > dayStart.AddDays(-12))
            .OrderByDescending(l => l.IssuedAt).Take(LastWorkingDayAnswers).ToList();
        var random = new Random(unchecked(_feedbackSeed * 37 + 5));
        foreach (var link in open)
        {
            // 9–15 local (7–13 UTC in winter, 6–12 in summer: within office hours either way).
            var at = dayStart.AddHours(7 + (6 * random.NextDouble()));
            if (at <= link.IssuedAt) at = link.IssuedAt.AddMinutes(30 + random.Next(90));
            if (at > nowUtc) continue;
            var submission = DemoFeedbackAnswers.DrawWithComment(random, DemoFeedbackAnswers.MoodFor(serviceKey, at >= _improvementUtc));
            if (SubmitFeedback.Validate(submission) is { } refusal)
            {
                Refusals.Add($"Feedback {link.Id}: {refusal.Code}");
                continue;
            }
            FeedbackAnswers.Add(FeedbackAnswer.For(link, submission.Rating, submission.Recommendation, submission.Comment,
                submission.Language!, at));
        }
    }

    /// <param name="random">The stream the answer is drawn from: the coaching sessions' own, so that adding them left the other answers as they were.</param>
    private void Answer(FeedbackLink link, FeedbackMood mood, Random random)
    {
        FeedbackLinks.Add(link);
        if (random.NextDouble() >= AnswerShare) return;
        // Most answer the same or the next day; a few after a reminder, always within the link's 14 days.
        var delay = TimeSpan.FromHours(Math.Min(2 + (-36 * Math.Log(1 - random.NextDouble())), 13 * 24));
        var at = link.IssuedAt + delay;
        if (at > _endUtc) return;
        var submission = DemoFeedbackAnswers.Draw(random, mood);
        if (SubmitFeedback.Validate(submission) is { } refusal)
        {
            Refusals.Add($"Feedback {link.Id}: {refusal.Code}");
            return;
        }
        FeedbackAnswers.Add(FeedbackAnswer.For(link, submission.Rating, submission.Recommendation, submission.Comment,
            submission.Language!, at));
    }
}
