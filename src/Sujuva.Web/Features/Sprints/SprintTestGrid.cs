using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

/// <summary>A cell as staff fill it; Version the cell's, when it has one (a stale one is 409).</summary>
public sealed record SprintTestAnswerRequest(SprintVerdict Verdict,
    [Text(SprintTestAnswer.MaxNotes, Multiline = true)] string? Notes = null, int? Version = null);

/// <summary>
/// The test grid (day 4): those who work in the sprint fill an interview's cells one by one; an interview answered
/// through a customer link is the customer's own (<see cref="SprintTestLinks"/>), and staff leave it as it is.
/// </summary>
public static class SprintTestGrid
{
    public static async Task<Outcome<SprintTestGridView>> ReadAsync(Guid sprintId, SujuvaDb db, CurrentUser user, TimeProvider clock,
        TimeSpan lifetime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sprint = await db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        var answers = await db.Set<SprintTestAnswer>().AsNoTracking().Where(a => a.SprintId == sprint.Id).ToListAsync(ct);
        var links = await db.Set<SprintTestLink>().AsNoTracking().Where(l => l.SprintId == sprint.Id).ToListAsync(ct);
        var authors = answers.Where(a => a.AuthorId is not null).Select(a => a.AuthorId!.Value.Value).Distinct().ToList();
        var names = await db.Users.Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var questions = sprint.Questions.Select(q => q.Id).ToHashSet();
        var shown = answers.Where(a => questions.Contains(a.QuestionId)).ToList();
        var interviews = Enumerable.Range(1, SprintTestAnswer.Interviews).Select(i => new SprintTestInterview(i,
            links.SingleOrDefault(l => l.Interview == i)?.StateAt(now, lifetime).ToString(),
            [.. shown.Where(a => a.Interview == i).OrderBy(a => sprint.Questions.FindIndex(q => q.Id == a.QuestionId)).Select(a => new SprintTestCell(
                a.Interview, a.QuestionId, a.Verdict, a.Notes, a.ByCustomer,
                a.AuthorId is { } by ? new PersonView(by.Value, names.GetValueOrDefault(by.Value, "?")) : null, a.At, a.Version))])).ToList();
        return new SprintTestGridView(sprint.Id.Value, sprint.Questions, interviews,
            [.. sprint.Questions.Select(q => Tally(q.Id, shown.Where(a => a.QuestionId == q.Id)))],
            [.. sprint.Questions.Select(q => Summary(q, shown.Where(a => a.QuestionId == q.Id && a.ByCustomer).ToList()))],
            SprintAccess.MayWorkIn(user, sprint));
    }

    public static async Task<Outcome<SprintTestCell>> AnswerAsync(Guid sprintId, int interview, Guid questionId, SprintTestAnswerRequest request,
        SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(db);
        var sprint = await db.Sprints.SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        if (SprintAccess.CanWorkIn(user, sprint) is { } forbidden) return forbidden;
        if (sprint.IsClosedRefusal() is { } closed) return closed;
        if (interview is < 1 or > SprintTestAnswer.Interviews)
            return Refusal.Invalid("interview", "Sprints.NoSuchInterview", $"An interview is numbered 1 to {SprintTestAnswer.Interviews}.");
        if (sprint.Questions.All(q => q.Id != questionId)) return Refusal.NotFound("questionId");
        if (await db.Set<SprintTestLink>().AnyAsync(l => l.SprintId == sprint.Id && l.Interview == interview, ct))
            return Refusal.Rule("interview", "Sprints.InterviewByCustomer", "This interview is answered through the customer's own link.");
        var at = clock.GetUtcNow().UtcDateTime;
        var cell = await db.Set<SprintTestAnswer>()
            .SingleOrDefaultAsync(a => a.SprintId == sprint.Id && a.Interview == interview && a.QuestionId == questionId, ct);
        if (cell is null)
        {
            cell = SprintTestAnswer.Of(sprint.Id, interview, questionId, request.Verdict, request.Notes, user.Id, at);
            db.Add(cell);
        }
        else
        {
            if (request.Version != cell.Version) return Refusal.EditConflict();
            cell.Change(request.Verdict, request.Notes, user.Id, at);
        }
        sprint.Touched(SprintChange.TestAnswered, SprintExercise.CustomerInterviews, user.Id, at);
        // Two first answers to one cell at once: the unique cell index keeps one, the other is stale.
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } failed) return failed;
        var name = await db.Users.Where(u => u.Id == user.Id.Value).Select(u => u.DisplayName).SingleAsync(ct);
        return new SprintTestCell(cell.Interview, cell.QuestionId, cell.Verdict, cell.Notes, false, new PersonView(user.Id.Value, name), cell.At, cell.Version);
    }

    private static SprintTestTally Tally(Guid question, IEnumerable<SprintTestAnswer> answers)
    {
        var counts = answers.GroupBy(a => a.Verdict).ToDictionary(g => g.Key, g => g.Count());
        return new SprintTestTally(question, counts.GetValueOrDefault(SprintVerdict.Positive), counts.GetValueOrDefault(SprintVerdict.Negative),
            counts.GetValueOrDefault(SprintVerdict.Neutral));
    }

    private static SprintCustomerFeedback Summary(SprintQuestion question, List<SprintTestAnswer> answers)
    {
        var tally = Tally(question.Id, answers);
        return new SprintCustomerFeedback(question.Id, question.Text, answers.Count, tally.Positive, tally.Negative, tally.Neutral,
            [.. answers.OrderBy(a => a.Interview).Select(a => a.Notes).Where(n => n.Length > 0)]);
    }
}
