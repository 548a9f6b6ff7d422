using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// The rules a set of measures keeps whatever the network holds: exactly one outcome measure (the primary one),
/// each kind on a scope it fits, drawn as a chart it allows, a stage for time in stage, a finite target.
/// That the scope's service, team or organisations exist is the operation's to check (ImprovementInput).
/// </summary>
public static class MeasureRules
{
    public static Refusal? Check(IReadOnlyList<ImprovementMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (measures.Count(m => m.Role == MeasureRole.Outcome) != 1)
            return Refusal.Invalid("measures", "Improvements.OneOutcome", "Choose exactly one outcome measure, the primary one.");
        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i];
            var at = $"measures[{i}]";
            if (m.Scope.MissingField is { } missing) return Refusal.Invalid($"{at}.scope.{missing}", "Improvements.ScopeIncomplete",
                "The scope needs its service, team or two different organisations.");
            if (!MeasureKinds.FitsScope(m.Kind, m.Scope.Kind))
                return Refusal.Invalid($"{at}.kind", "Improvements.MeasureNotForScope",
                    "Handoff wait is measured on a pair of organisations, every other measure on a service, a team or the network.");
            if (!MeasureKinds.Allows(m.Kind, m.Chart))
                return Refusal.Invalid($"{at}.chart", "Improvements.ChartNotForMeasure",
                    "CSAT, the no-show rate and session CSAT are drawn as P charts; the other measures as a run chart or an I chart.");
            if (m.Kind == MeasureKind.TimeInStage && string.IsNullOrWhiteSpace(m.Stage))
                return Refusal.Invalid($"{at}.stage", "Improvements.StageMissing", "Name the stage whose time is measured.");
            if (m.Target is { } t && !double.IsFinite(t))
                return Refusal.Invalid($"{at}.target", "Improvements.TargetNotNumber", "The target is a number in the measure's unit.");
            if (measures.Take(i).Any(o => o.Id == m.Id))
                return Refusal.Invalid($"{at}.id", "Improvements.MeasureTwice", "Each measure once.");
        }

        return null;
    }
}
