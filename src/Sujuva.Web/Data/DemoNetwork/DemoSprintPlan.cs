using Sujuva.Web.Features;
using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>A note of a demo sprint; Key names it for the votes, Author null: the participants in turn.</summary>
public sealed record DemoSprintNote(string Key, SprintExercise Exercise, SprintNoteKind Kind, string Text, string? Theme = null, UserId? Author = null);

/// <summary>Dots one voter put on one of the demo sprint's notes.</summary>
public sealed record DemoSprintVote(VoteRound Round, string NoteKey, UserId Voter, int Dots);

/// <summary>A decision of a demo sprint; Template: the programme an adoption links.</summary>
public sealed record DemoSprintDecision(DecisionKind Kind, string What, UserId Owner, DateOnly Due, string? Reason = null, string? Prediction = null,
    ProgrammeTemplateId? Template = null);

/// <summary>
/// One demo sprint as the team worked it: its people and sessions, notes and dots, written content, the five
/// interviews' verdicts on the chosen questions (in their order) and its decisions.
/// </summary>
public sealed record DemoSprintPlan(string Challenge, UserId Decider, IReadOnlyList<Guid> Participants, SprintMode Mode,
    IReadOnlyList<SprintSession> Sessions, IReadOnlyList<DemoSprintNote> Notes, IReadOnlyList<DemoSprintVote> Votes, string Goal,
    IReadOnlyList<(string Text, bool Chosen)> Questions, string TargetMoment, IReadOnlyList<string> Actors, IReadOnlyList<SprintMapStep> Map,
    IReadOnlyList<string> Storyboard, string Script, string PrototypeUrl, IReadOnlySet<Guid> StageIds,
    IReadOnlyList<IReadOnlyList<(SprintVerdict Verdict, string Notes)>> Grid, IReadOnlyList<DemoSprintDecision> Decisions)
{
    /// <summary>The content as written on day 1 (questions not yet chosen, or chosen by the Decider) or, final, after day 3's script.</summary>
    public SprintContent Content(bool chosen, IReadOnlyList<SprintQuestion> kept, bool final = false) => new(Goal,
        [.. Questions.Select((q, i) => new SprintQuestionInput(i < kept.Count ? kept[i].Id : null, q.Text, chosen && q.Chosen))], TargetMoment,
        Actors, Map, final ? Storyboard : [], final ? Script : "", final ? PrototypeUrl : null)
    { StageIds = StageIds };
}
