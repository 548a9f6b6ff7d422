using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Referrals;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// Client feedback in the demo: a link for every closed case and declined referral, as FeedbackLinks
/// issues them, and for about a third of them the client's answer within a few days, validated by
/// SubmitFeedback's own rules. An answer later than the end of the history is not given, so recent
/// links stay open. The seeder marks each answered link used at its answer's time.
/// </summary>
public sealed partial class DemoReplay
{
    /// <summary>Share of links the demo clients answer: about a third, so that weekly figures have some n.</summary>
    private const double AnswerShare = 0.35;

    private Random _feedbackRandom = new(0);
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
        (_improvementUtc, _endUtc) = (improvementUtc, endUtc);
    }

    private void IssueFeedbackOnClose(Case closed)
    {
        if (!_feedback || closed.ClosedAt is not { } at) return;
        var service = _services[ServiceKeyOf(closed)];
        Answer(FeedbackLink.Issue(FeedbackEventKind.CaseClosed, closed.Id, null, service.Id, service.TeamId,
            closed.ClientPseudonym, at), DemoFeedbackAnswers.MoodFor(ServiceKeyOf(closed), at >= _improvementUtc));
    }

    private void IssueFeedbackOnDecline(Referral declined)
    {
        if (!_feedback || declined.DecidedAt is not { } at) return;
        Answer(FeedbackLink.Issue(FeedbackEventKind.ReferralDeclined, declined.FromCaseId, declined.Id,
            declined.ToServiceId, declined.ToTeamId, declined.ClientPseudonym, at), FeedbackMood.Declined);
    }

    private void Answer(FeedbackLink link, FeedbackMood mood)
    {
        FeedbackLinks.Add(link);
        if (_feedbackRandom.NextDouble() >= AnswerShare) return;
        // Most answer the same or the next day; a few after a reminder, always within the link's 14 days.
        var delay = TimeSpan.FromHours(Math.Min(2 + (-36 * Math.Log(1 - _feedbackRandom.NextDouble())), 13 * 24));
        var at = link.IssuedAt + delay;
        if (at > _endUtc) return;
        var submission = DemoFeedbackAnswers.Draw(_feedbackRandom, mood);
        if (SubmitFeedback.Validate(submission) is { } refusal)
        {
            Refusals.Add($"Feedback {link.Id}: {refusal.Code}");
            return;
        }
        FeedbackAnswers.Add(FeedbackAnswer.For(link, submission.Rating, submission.Recommendation, submission.Comment,
            submission.Language!, at));
    }
}
