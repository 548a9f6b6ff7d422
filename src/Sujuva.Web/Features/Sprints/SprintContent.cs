using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>A question as an editor sends it: Id of a question kept, none for a new one.</summary>
public sealed record SprintQuestionInput(Guid? Id, string Text, bool ChosenByDecider);

/// <summary>
/// The sprint's content as an editor sends it, checked against the sprint before it replaces the old:
/// StageIds are the stages of the sprint's services (the operation reads them), AnsweredQuestions the questions
/// that have test answers, which stay (their answers would lose their question).
/// </summary>
public sealed record SprintContent(
    string LongTermGoal, IReadOnlyList<SprintQuestionInput> Questions, string TargetMoment, IReadOnlyList<string> MapActors,
    IReadOnlyList<SprintMapStep> MapSteps, IReadOnlyList<string> Storyboard, string InterviewScript, string? PrototypeUrl)
{
    public const int MaxQuestions = 20;
    public const int MaxActors = 12;
    public const int MaxSteps = 40;
    public const int ScriptLength = 4000;
    public const int UrlLength = 1000;

    public IReadOnlySet<Guid> StageIds { get; init; } = new HashSet<Guid>();
    public IReadOnlySet<Guid> AnsweredQuestions { get; init; } = new HashSet<Guid>();

    /// <summary>The questions with their ids: a kept one its own, a new one a fresh id.</summary>
    public IReadOnlyList<SprintQuestion> Resolved { get; private set; } = [];

    internal Refusal? Check(Sprint sprint, UserId by, DateTime at)
    {
        if (Storyboard.Count is > 0 and < Sprint.MinStoryboard or > Sprint.MaxStoryboard)
            return Refusal.Invalid("storyboard", "Sprints.StoryboardLength",
                $"A storyboard has {Sprint.MinStoryboard} to {Sprint.MaxStoryboard} steps (or none yet).");
        if (PrototypeUrl is { } url && !IsWebAddress(url))
            return Refusal.Invalid("prototypeUrl", "Sprints.PrototypeUrlNotWeb", "The prototype's link is an http or https address.");
        if (Questions.Count > MaxQuestions)
            return Refusal.Invalid("questions", "Sprints.TooManyQuestions", $"At most {MaxQuestions} sprint questions.");
        if (MapActors.Count > MaxActors)
            return Refusal.Invalid("mapActors", "Sprints.TooManyActors", $"At most {MaxActors} actors on the map.");
        if (MapSteps.Count > MaxSteps)
            return Refusal.Invalid("mapSteps", "Sprints.TooManySteps", $"At most {MaxSteps} steps on the map.");
        return CheckMap() ?? ResolveQuestions(sprint, by, at);
    }

    private Refusal? CheckMap()
    {
        for (var i = 0; i < MapActors.Count; i++)
            if (string.IsNullOrWhiteSpace(MapActors[i]) || MapActors.Take(i).Contains(MapActors[i]))
                return Refusal.Invalid($"mapActors[{i}]", "Sprints.ActorMissing", "Name each actor once.");
        for (var i = 0; i < MapSteps.Count; i++)
        {
            var step = MapSteps[i];
            if (string.IsNullOrWhiteSpace(step.Text))
                return Refusal.Invalid($"mapSteps[{i}].text", "Sprints.StepMissing", "Say what happens in the step.");
            if (step.Actor is { } actor && !MapActors.Contains(actor))
                return Refusal.Invalid($"mapSteps[{i}].actor", "Sprints.UnknownActor", "The step's actor is one of the map's actors.");
            if (step.StageId is { } stage && !StageIds.Contains(stage))
                return Refusal.Invalid($"mapSteps[{i}].stageId", "Sprints.UnknownStage", "The stage is one of the sprint's services' stages.");
        }
        for (var i = 0; i < Storyboard.Count; i++)
            if (string.IsNullOrWhiteSpace(Storyboard[i]))
                return Refusal.Invalid($"storyboard[{i}]", "Sprints.StepMissing", "Say what happens in the step.");
        return null;
    }

    private Refusal? ResolveQuestions(Sprint sprint, UserId by, DateTime at)
    {
        var old = sprint.Questions.ToDictionary(q => q.Id);
        var resolved = new List<SprintQuestion>();
        for (var i = 0; i < Questions.Count; i++)
        {
            var q = Questions[i];
            if (string.IsNullOrWhiteSpace(q.Text))
                return Refusal.Invalid($"questions[{i}].text", "Sprints.QuestionMissing", "Write the question.");
            SprintQuestion? kept = null;
            if (q.Id is { } id && (!old.TryGetValue(id, out kept) || resolved.Any(r => r.Id == id)))
                return Refusal.Invalid($"questions[{i}].id", "Sprints.UnknownQuestion", "No such question in this sprint.");
            if (q.ChosenByDecider != (kept?.ChosenByDecider ?? false) && by != sprint.DeciderId)
                return Refusal.Forbidden($"questions[{i}].chosenByDecider", "Sprints.OnlyDeciderChooses", "Only the Decider chooses the sprint questions.");
            resolved.Add(new SprintQuestion(kept?.Id ?? Guid.CreateVersion7(at), q.Text.Trim(), q.ChosenByDecider));
        }
        if (old.Keys.Any(id => AnsweredQuestions.Contains(id) && resolved.All(r => r.Id != id)))
            return Refusal.Rule("questions", "Sprints.QuestionAnswered", "A question with test answers stays; edit its text instead.");
        Resolved = resolved;
        return null;
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}
