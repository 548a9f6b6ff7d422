using Sujuva.Web.Data;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// "Test further" becomes an experiment, created through the improvements feature's own operations (its rules and its
/// access: who may start an improvement on the scope): titled with the decision, aimed at the sprint's challenge,
/// owned by the decision's owner, on the sprint's first service (the network when it names none), measured by an
/// outcome measure (lead time unless the decision chose another). With a change date, its first cycle is planned
/// with the decision's prediction; without, the prediction waits on the decision for the owner's plan.
/// </summary>
public static class DecisionExperiment
{
    /// <summary>The measure a sprint's experiment is judged by when the decision names none: how long a client's case takes.</summary>
    public const MeasureKind DefaultMeasure = MeasureKind.LeadTime;

    public static ImprovementScope ScopeOf(Sprint sprint)
    {
        ArgumentNullException.ThrowIfNull(sprint);
        return sprint.ServiceIds.Count > 0 ? new ImprovementScope(ScopeKind.Service, ServiceId: sprint.ServiceIds[0]) : ImprovementScope.Network;
    }

    public static async Task<Outcome<ImprovementView>> CreateAsync(Sprint sprint, DecideRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = ScopeOf(sprint);
        var created = await ImprovementWork.CreateAsync(new CreateImprovementRequest(ImprovementKind.Experiment, request.What,
            new ScopeRequest(scope.Kind, scope.ServiceId), [new MeasureRequest(request.Measure ?? DefaultMeasure, MeasureRole.Outcome)],
            Aim: sprint.Challenge, OwnerId: request.OwnerId), db, user, clock, ct);
        if (created.Refusal is { } refusal) return Renamed(refusal);
        if (request.ChangeDate is not { } changeDate) return created;
        var experiment = created.Value!;
        PredictionRequest[] predictions = string.IsNullOrWhiteSpace(request.Prediction) ? [] : [new(experiment.Measures[0].Id, request.Prediction)];
        var planned = await ImprovementWork.PlanCycleAsync(experiment.Id, new CycleRequest(request.What, changeDate, experiment.Version, predictions),
            db, user, clock, ct);
        return planned.Refusal is { } badPlan ? Renamed(badPlan) : planned;
    }

    /// <summary>The improvement's fields as the decision's request names them.</summary>
    private static Refusal Renamed(Refusal refusal) => refusal with
    {
        Field = refusal.Field switch
        {
            "title" or "change" => "what",
            var f when f.StartsWith("measures", StringComparison.Ordinal) => "measure",
            var f when f.StartsWith("predictions", StringComparison.Ordinal) => "prediction",
            var f => f,
        },
    };
}
