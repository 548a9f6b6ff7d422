using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// The remote coaching team's two Design Sprints of the year, run through the sprint entities as the API runs them.
/// The first, in person over four days in the history's first week, designs the coaching programmes: the lead drafts
/// both in Sujuva on day 3 as the prototype, five clients try them on day 4, and the Decider adopts the weekly and the
/// monthly programme (DemoReplay.Programmes enrols no client before). The second, in eight half-day video sessions
/// six weeks before the switch, asks whether coaching works remotely: it decides to test it further, and the coach
/// starts the remote coaching experiment the next Monday on the decision (DemoReplay.Improvements links it), and drops
/// a chat-only coaching idea. Every sprint's interviews 4 and 5 are answered by the clients through their own links.
/// </summary>
public sealed partial class DemoReplay
{
    public List<Sprint> Sprints { get; } = [];
    public List<SprintNote> SprintNotes { get; } = [];
    public List<SprintVote> SprintVotes { get; } = [];
    public List<SprintDecision> SprintDecisions { get; } = [];
    public List<SprintTestAnswer> SprintTestAnswers { get; } = [];
    public List<SprintTestLink> SprintTestLinks { get; } = [];

    /// <summary>The remote sprint's test-further decision, linked to the experiment when the coach starts it.</summary>
    private SprintDecision? _remoteSprintDecision;

    /// <summary>The first sprint's four days: the history's first four working days.</summary>
    public static IReadOnlyList<DateOnly> ProgrammeSprintDays(DateTime startUtc) => WorkingDaysFrom(DayCount.LocalDate(startUtc).AddDays(1), 4);

    /// <summary>Day 3 of the first sprint, 14:00: the lead drafts the two programmes as the sprint's prototype.</summary>
    public static DateTime ProgrammesDraftedUtc(DateTime startUtc) => SessionLayout.Utc(ProgrammeSprintDays(startUtc)[2], new TimeOnly(14, 0));

    /// <summary>The remote sprint's eight half-days: Monday to Thursday of the sixth and fifth week before the switch.</summary>
    public static IReadOnlyList<DateOnly> RemoteSprintDays(DateOnly switchDay) =>
        [.. WorkingDaysFrom(switchDay.AddDays(-42), 4), .. WorkingDaysFrom(switchDay.AddDays(-35), 4)];

    private static List<DateOnly> WorkingDaysFrom(DateOnly day, int count)
    {
        var days = new List<DateOnly>();
        for (day = FinnishWorkingDays.OnOrAfter(day); days.Count < count; day = FinnishWorkingDays.OnOrAfter(day.AddDays(1))) days.Add(day);
        return days;
    }

    private IEnumerable<(DateTime, Action)> TeamSprints(SimulatedNetwork network, UserId coach, DateTime start, DateTime end)
    {
        var service = network.Services.FirstOrDefault(s => s.Key == DemoServices.KuusijarviRemoteCoaching);
        if (service is null || _weekly is null || _monthly is null || RemoteSwitchUtc == DateTime.MaxValue) return [];
        var team = network.Workers.Where(w => w.TeamKey == service.TeamKey && w.Role == SimRole.Worker).Take(3).Select(w => _users[w.Key].Value).ToList();
        var stages = service.Stages.Select(s => _stages[(service.Key, s.Key)].Value).ToList();
        var first = DemoSprints.Programmes(_coachingLead, coach, team, ProgrammeSprintDays(start), stages, _weekly.Id, _monthly.Id);
        var second = DemoSprints.Remote(_coachingLead, coach, team, RemoteSprintDays(RemoteSwitchDay(start)), stages,
            DayCount.LocalDate(RemoteSwitchUtc));
        var serviceId = _services[service.Key].Id.Value;
        var steps = new List<(DateTime, Action)>();
        foreach (var plan in new[] { first, second })
        {
            var planSteps = SprintSteps(plan, serviceId, coach).ToList();
            if (planSteps.Max(s => s.Item1) <= end) steps.AddRange(planSteps);
        }
        return steps;
    }

    /// <summary>The sprint from its planning to its close: the agenda run session by session, with its artefacts in their exercises.</summary>
    private IEnumerable<(DateTime, Action)> SprintSteps(DemoSprintPlan plan, Guid service, UserId facilitator)
    {
        Sprint? sprint = null;
        var decider = plan.Decider;
        var sessions = plan.Sessions;
        var plannedAt = SessionLayout.Utc(sessions[0].Date.AddDays(-7), new TimeOnly(10, 0));
        yield return (plannedAt, () => sprint = CheckSprint(Sprint.Create(plan.Challenge, decider, facilitator, plan.Participants, [service],
            plan.Mode, sessions, facilitator, plannedAt)));

        var notes = new Dictionary<string, SprintNote>();
        var people = plan.Participants.Select(p => new UserId(p)).Append(decider).ToList();
        foreach (var session in sessions)
        {
            var at = SessionLayout.Utc(session.Date, session.Start);
            foreach (var step in DesignSprintAgenda.Of(session.Day, session.Half))
            {
                var exerciseAt = at;
                var exercise = step.Exercise;
                yield return (exerciseAt, () => Check(sprint!.StartExercise(exercise, facilitator, exerciseAt)));
                foreach (var (i, note) in plan.Notes.Where(n => n.Exercise == exercise).Index())
                {
                    var noteAt = exerciseAt.AddMinutes(2 + i);
                    var author = note.Author ?? people[i % people.Count];
                    yield return (noteAt, () =>
                    {
                        notes[note.Key] = CheckSprint(SprintNote.Create(sprint!.Id, exercise, note.Kind, note.Text, note.Theme, author, noteAt));
                        SprintNotes.Add(notes[note.Key]);
                        sprint!.Touched(SprintChange.NoteAdded, exercise, author, noteAt);
                    });
                }
                foreach (var (i, vote) in plan.Votes.Where(v => VoteBudget.ExerciseOf(v.Round) == exercise).Index())
                {
                    var voteAt = exerciseAt.AddMinutes(5).AddSeconds(10 * i);
                    yield return (voteAt, () =>
                    {
                        SprintVotes.Add(new SprintVote(sprint!.Id, vote.Round, VoteTargetKind.Note, notes[vote.NoteKey].Id.Value, vote.Voter, vote.Dots, voteAt));
                        sprint!.Touched(SprintChange.Voted, exercise, vote.Voter, voteAt);
                    });
                }
                if (plan.Votes.Any(v => VoteBudget.ExerciseOf(v.Round) == exercise))
                {
                    var round = plan.Votes.First(v => VoteBudget.ExerciseOf(v.Round) == exercise).Round;
                    yield return (exerciseAt.AddMinutes(9), () => Check(sprint!.Reveal(round, facilitator, exerciseAt.AddMinutes(9))));
                }
                foreach (var extra in Artefacts(plan, exercise, () => sprint!, exerciseAt, facilitator))
                    yield return extra;
                at = at.AddMinutes(step.Minutes);
            }
        }
    }

    /// <summary>The written content, the test grid and the decisions, each in the exercise where the agenda makes it.</summary>
    private IEnumerable<(DateTime, Action)> Artefacts(DemoSprintPlan plan, SprintExercise exercise, Func<Sprint> sprint, DateTime at, UserId facilitator)
    {
        var decider = plan.Decider;
        switch (exercise)
        {
            case SprintExercise.TargetMoment:
                // The facilitator writes the goal, questions, map and target moment; the Decider then chooses the questions.
                yield return (at.AddMinutes(5), () => Check(sprint().EditContent(plan.Content(false, []), facilitator, at.AddMinutes(5))));
                yield return (at.AddMinutes(8), () => Check(sprint().EditContent(plan.Content(true, sprint().Questions), decider, at.AddMinutes(8))));
                break;
            case SprintExercise.InterviewScript:
                yield return (at.AddMinutes(50), () => Check(sprint().EditContent(plan.Content(true, sprint().Questions, final: true), facilitator,
                    at.AddMinutes(50))));
                yield return (at.AddMinutes(55), () =>
                {
                    foreach (var interview in new[] { 4, 5 }) SprintTestLinks.Add(SprintTestLink.Issue(sprint().Id, interview, facilitator, at.AddMinutes(55)));
                });
                break;
            case SprintExercise.CustomerInterviews:
                foreach (var (interview, answers) in plan.Grid.Index())
                {
                    var answeredAt = at.AddMinutes(55 * interview + 45);
                    var number = interview + 1;
                    yield return (answeredAt, () =>
                    {
                        var link = SprintTestLinks.SingleOrDefault(l => l.SprintId == sprint().Id && l.Interview == number);
                        link?.Use(answeredAt);
                        foreach (var (question, (verdict, notes)) in sprint().Questions.Where(q => q.ChosenByDecider).Zip(answers))
                            SprintTestAnswers.Add(SprintTestAnswer.Of(sprint().Id, number, question.Id, verdict, notes, link is null ? facilitator : null,
                                answeredAt));
                        sprint().Touched(SprintChange.TestAnswered, exercise, link?.IssuedBy ?? facilitator, answeredAt);
                    });
                }
                break;
            case SprintExercise.NextSteps:
                foreach (var (i, d) in plan.Decisions.Index())
                {
                    var decidedAt = at.AddMinutes(5 + 5 * i);
                    yield return (decidedAt, () =>
                    {
                        var decision = CheckSprint(SprintDecision.Create(sprint().Id, d.Kind, d.What, d.Owner, d.Due, d.Reason, d.Prediction,
                            new DecisionTarget(d.Template), decider, decidedAt));
                        SprintDecisions.Add(decision);
                        if (d.Kind == DecisionKind.TestFurther) _remoteSprintDecision = decision;
                        Check(sprint().Decided(decider, decidedAt));
                    });
                }
                yield return (at.AddMinutes(29), () => Check(sprint().Close(plan.Decisions.Count, facilitator, at.AddMinutes(29))));
                break;
        }
    }

    private T CheckSprint<T>(Sujuva.Web.Platform.Outcome<T> outcome) where T : class
    {
        if (outcome.Refusal is { } refusal) throw new InvalidOperationException($"Demo sprint: {refusal.Code} {refusal.Message}");
        if (outcome.Value is Sprint sprint)
        {
            Keep(sprint);
            Sprints.Add(sprint);
        }
        return outcome.Value!;
    }
}
