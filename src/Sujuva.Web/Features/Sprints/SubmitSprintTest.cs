using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

/// <summary>The interviewee's answer to one sprint question: how it went for them, and optional notes (no name is asked).</summary>
public sealed record SprintTestSubmissionAnswer(Guid QuestionId, SprintVerdict Verdict,
    [Text(SprintTestAnswer.MaxNotes, Multiline = true)] string? Notes = null);

/// <summary>Only what the interviewee answers: the token alone says which sprint and interview it is about.</summary>
public sealed record SprintTestSubmission(IReadOnlyList<SprintTestSubmissionAnswer> Answers);

/// <summary>What the interviewee's link shows before answering: the sprint questions, nothing about any person.</summary>
public sealed record SprintTestLinkView(string Status, int? Interview, IReadOnlyList<SprintTestQuestionView> Questions, DateTime? ExpiresAt);

/// <summary>A question as the interviewee sees it.</summary>
public sealed record SprintTestQuestionView(Guid Id, string Text);

/// <summary>
/// The interviewee's answers through their link (the feedback links' mechanism): used once, by a conditional update
/// that marks the link used only while it is open, so of two answers racing with one token exactly one is stored.
/// The answers become the interview's cells in the test grid, marked as the customer's own. The event names the
/// person who gave the link out as its actor: the interviewee has no account.
/// </summary>
public static class SubmitSprintTest
{
    public static async Task<SprintTestLinkView?> ViewAsync(string? token, SujuvaDb db, DateTime now, TimeSpan lifetime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (status, link) = await SprintTestLinks.LookUpAsync(token, db, now, lifetime, ct);
        if (status == TokenStatus.Unknown) return null;
        var questions = status == TokenStatus.Open
            ? (await db.Sprints.AsNoTracking().Where(s => s.Id == link!.SprintId).Select(s => s.Questions).SingleAsync(ct))
                .Select(q => new SprintTestQuestionView(q.Id, q.Text)).ToList()
            : [];
        return new SprintTestLinkView(status.ToString(), link!.Interview, questions, link.ExpiresAt(lifetime));
    }

    public static async Task<(SubmitOutcome Outcome, Refusal? Refusal)> SaveAsync(string? token, SprintTestSubmission submission, SujuvaDb db,
        TimeProvider clock, TimeSpan lifetime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetUtcNow().UtcDateTime;
        var (status, link) = await SprintTestLinks.LookUpAsync(token, db, now, lifetime, ct);
        if (status != TokenStatus.Open) return (status switch
        {
            TokenStatus.Answered => SubmitOutcome.Answered,
            TokenStatus.Expired => SubmitOutcome.Expired,
            _ => SubmitOutcome.Unknown,
        }, null);
        var sprint = await db.Sprints.SingleAsync(s => s.Id == link!.SprintId, ct);
        if (sprint.Status == SprintStatus.Closed) return (SubmitOutcome.Expired, null);  // a closed sprint's record stays as it was
        if (Validate(submission, sprint) is { } refusal) return (SubmitOutcome.Invalid, refusal);

        var issuedAfter = now - lifetime;
        await using var write = await db.BeginWriteAsync(ct);
        var claimed = await db.Set<SprintTestLink>()
            .Where(l => l.Id == link!.Id && l.TokenHash == link.TokenHash && l.UsedAt == null && l.IssuedAt > issuedAfter)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.UsedAt, now), ct);
        if (claimed != 1) return (SubmitOutcome.Answered, null);
        foreach (var a in submission.Answers)
            db.Add(SprintTestAnswer.Of(sprint.Id, link!.Interview, a.QuestionId, a.Verdict, a.Notes, null, now));
        sprint.Touched(SprintChange.TestAnswered, SprintExercise.CustomerInterviews, link!.IssuedBy, now);
        await db.SaveChangesAsync(ct);
        await write.CommitAsync(ct);
        return (SubmitOutcome.Saved, null);
    }

    private static Refusal? Validate(SprintTestSubmission submission, Sprint sprint)
    {
        if (submission.Answers is not { Count: > 0 })
            return Refusal.Invalid("answers", "Sprints.NoAnswers", "Answer at least one question.");
        for (var i = 0; i < submission.Answers.Count; i++)
        {
            var a = submission.Answers[i];
            if (sprint.Questions.All(q => q.Id != a.QuestionId) || submission.Answers.Take(i).Any(b => b.QuestionId == a.QuestionId))
                return Refusal.Invalid($"answers[{i}].questionId", "Sprints.UnknownQuestion", "No such question in this sprint.");
        }
        return InputRules.Refuse(submission);  // the public page posts here without the API's input contract
    }
}
