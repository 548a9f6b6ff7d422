using Sujuva.Analytics.Improvements;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Improvements;

/// <summary>PDSA cycles: plan, start (the predictions lock), observe, study, act.</summary>
public sealed partial class Improvement
{
    /// <summary>
    /// Plans the next cycle: the first, or the one after a cycle decided "adapt". Its change date must leave the
    /// baseline at least two weekly points and come after the previous cycle's.
    /// </summary>
    public Outcome<PdsaCycle> PlanCycle(string change, DateOnly changeDate, DateOnly? studyOn, IReadOnlyList<Prediction> predictions,
        UserId by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (IsFinished) return Finished();
        if (Cycles.Count > 0 && Cycles[^1].Decision != ActDecision.Adapt)
            return Refusal.Rule("cycle", "Improvements.CycleOpen", "Decide the current cycle (adapt) before planning the next one.");
        if (CheckPlan(change, changeDate, studyOn, predictions, Cycles.Count) is { } refusal) return refusal;
        var cycle = new PdsaCycle(Cycles.Count + 1, change.Trim(), changeDate, studyOn, [.. predictions], null, [], null, null, null, null, null);
        Cycles.Add(cycle);
        Changed(ImprovementChange.CyclePlanned, cycle.Number, by, at);
        return cycle;
    }

    /// <summary>Changes a cycle's plan; once it has started only the study date may change (the plan and predictions are locked).</summary>
    public Outcome<PdsaCycle> EditCycle(int number, string change, DateOnly changeDate, DateOnly? studyOn,
        IReadOnlyList<Prediction> predictions, UserId by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (Find(number) is not { } index) return Refusal.NotFound("cycle");
        var cycle = Cycles[index];
        if (cycle.Started)
        {
            if (!predictions.SequenceEqual(cycle.Predictions))
                return Locked("predictions", cycle);
            if (changeDate != cycle.ChangeDate) return Locked("changeDate", cycle);
            if (change.Trim() != cycle.Change) return Locked("change", cycle);
        }
        else if (CheckPlan(change, changeDate, studyOn, predictions, index) is { } refusal) return refusal;

        Cycles[index] = cycle = cycle with { Change = change.Trim(), ChangeDate = changeDate, StudyOn = studyOn, Predictions = [.. predictions] };
        Changed(ImprovementChange.CyclePlanned, number, by, at);
        return cycle;
    }

    /// <summary>The change is made: the plan and its predictions lock with this time, and the change date starts a phase.</summary>
    public Outcome<PdsaCycle> StartCycle(int number, UserId by, DateTime at)
    {
        if (Find(number) is not { } index) return Refusal.NotFound("cycle");
        var cycle = Cycles[index];
        if (cycle.Started) return Refusal.Conflict("cycle", "Improvements.CycleStarted", "This cycle has already started.");
        if (Measures.Count == 0) return Refusal.Rule("measures", "Improvements.NoMeasures", "Choose the measures before starting.");
        Cycles[index] = cycle = cycle with { StartedAt = at };
        Status = ImprovementStatus.Running;
        StatusReason = null;
        Changed(ImprovementChange.CycleStarted, number, by, at);
        return cycle;
    }

    public Outcome<PdsaCycle> Observe(int number, DateOnly on, string text, bool problem, UserId by, DateTime at)
    {
        if (Running(number, out var index) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(text)) return Refusal.Invalid("text", "Improvements.TextMissing", "Write what you observed.");
        var observation = new Observation(Guid.CreateVersion7(at), on, text.Trim(), problem, by.Value, at);
        var cycle = Cycles[index] = Cycles[index] with { Observations = [.. Cycles[index].Observations, observation] };
        Changed(ImprovementChange.Observed, number, by, at);
        return cycle;
    }

    /// <summary>Study: what the team reads from the chart against its predictions; the improvement is then being studied.</summary>
    public Outcome<PdsaCycle> StudyCycle(int number, string study, UserId by, DateTime at)
    {
        if (Running(number, out var index) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(study)) return Refusal.Invalid("study", "Improvements.TextMissing", "Write what the data showed.");
        var cycle = Cycles[index] = Cycles[index] with { Study = study.Trim(), StudiedAt = at };
        Status = ImprovementStatus.Studying;
        Changed(ImprovementChange.Studied, number, by, at);
        return cycle;
    }

    /// <summary>Act: adopt, adapt (plan the next cycle) or abandon, always with the reason.</summary>
    public Outcome<PdsaCycle> Decide(int number, ActDecision decision, string reason, UserId by, DateTime at)
    {
        if (Running(number, out var index) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(reason)) return Refusal.Invalid("reason", "Improvements.ReasonMissing", "Give the reason for the decision.");
        var cycle = Cycles[index] = Cycles[index] with { Decision = decision, DecisionReason = reason.Trim(), DecidedAt = at };
        Status = decision switch
        {
            ActDecision.Adopt => ImprovementStatus.Adopted,
            ActDecision.Adapt => ImprovementStatus.Adapted,
            _ => ImprovementStatus.Abandoned,
        };
        StatusReason = cycle.DecisionReason;
        Changed(ImprovementChange.Decided, number, by, at);
        return cycle;
    }

    /// <summary>A started cycle that is not decided yet, or why not.</summary>
    private Refusal? Running(int number, out int index)
    {
        index = Find(number) ?? -1;
        if (index < 0) return Refusal.NotFound("cycle");
        if (!Cycles[index].Started) return Refusal.Rule("cycle", "Improvements.CycleNotStarted", "Start the cycle first.");
        return Cycles[index].Decided
            ? Refusal.Conflict("cycle", "Improvements.CycleDecided", "This cycle has already been decided.")
            : null;
    }

    private Refusal? CheckPlan(string change, DateOnly changeDate, DateOnly? studyOn, IReadOnlyList<Prediction> predictions, int index)
    {
        if (string.IsNullOrWhiteSpace(change)) return Refusal.Invalid("change", "Improvements.ChangeMissing", "Say what changes.");
        if (BaselineWeeks(MeasuredFrom, changeDate) < 2)
            return Refusal.Rule("changeDate", "Improvements.BaselineTooShort",
                "The change date must leave the baseline at least two whole weeks after the start of the measurement.");
        if (index > 0 && changeDate <= Cycles[index - 1].ChangeDate)
            return Refusal.Rule("changeDate", "Improvements.ChangeDateOrder", "A cycle's change date must come after the previous cycle's.");
        if (studyOn is { } s && s <= changeDate)
            return Refusal.Invalid("studyOn", "Improvements.StudyBeforeChange", "Study after the change date.");
        for (var i = 0; i < predictions.Count; i++)
        {
            if (Measures.All(m => m.Id != predictions[i].MeasureId))
                return Refusal.Invalid($"predictions[{i}].measureId", "Improvements.UnknownMeasure", "Predict for one of the improvement's measures.");
            if (string.IsNullOrWhiteSpace(predictions[i].Text))
                return Refusal.Invalid($"predictions[{i}].text", "Improvements.TextMissing", "Write the prediction.");
            if (predictions.Take(i).Any(p => p.MeasureId == predictions[i].MeasureId))
                return Refusal.Invalid($"predictions[{i}].measureId", "Improvements.PredictionTwice", "One prediction per measure.");
        }

        return null;
    }

    /// <summary>
    /// The weekly points the baseline can have: whole weeks from the start of measurement whose Monday is before the
    /// change date (METRICS.md §11: the week holding the change date is still the earlier phase's).
    /// </summary>
    public static int BaselineWeeks(DateOnly measuredFrom, DateOnly changeDate)
    {
        var first = LocalWeek.Of(measuredFrom);
        if (first.Monday < measuredFrom) first = first.Next;
        var days = changeDate.DayNumber - first.Monday.DayNumber;
        return days <= 0 ? 0 : (days + 6) / 7;
    }

    private int? Find(int number) => number >= 1 && number <= Cycles.Count ? number - 1 : null;

    private static Refusal Locked(string field, PdsaCycle cycle) =>
        Refusal.Rule(field, "Improvements.PredictionLocked",
            $"The plan and its predictions were locked when cycle {cycle.Number} started, on {cycle.StartedAt:yyyy-MM-dd}.");

    private static Refusal Finished() =>
        Refusal.Rule("status", "Improvements.Finished", "The improvement is adopted or abandoned.");
}
