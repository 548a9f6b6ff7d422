using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Tests.Sprints;

/// <summary>A test-further decision links an experiment started after it, once; other kinds and other improvements are refused.</summary>
public sealed class SprintDecisionLinkTests
{
    private static readonly DateTime At = new(2025, 3, 3, 9, 0, 0, DateTimeKind.Utc);
    private static readonly UserId Owner = new(Guid.CreateVersion7());

    [Fact]
    public void LinkExperiment_LinksATestFurtherDecisionOnce_AndRefusesOtherKindsAndImprovements()
    {
        var experiment = Improvement(ImprovementKind.Experiment);
        var further = Decision(DecisionKind.TestFurther);
        Assert.Null(further.LinkExperiment(experiment));
        Assert.Equal(experiment.Id, further.ImprovementId);
        Assert.Equal("Sprints.ExperimentLinked", further.LinkExperiment(Improvement(ImprovementKind.Experiment))?.Code);
        Assert.Equal(experiment.Id, further.ImprovementId);
        Assert.Equal("Sprints.NotAnExperiment", Decision(DecisionKind.TestFurther).LinkExperiment(Improvement(ImprovementKind.A3))?.Code);
        Assert.Equal("Sprints.NotTestFurther", Decision(DecisionKind.Drop).LinkExperiment(experiment)?.Code);
    }

    private static SprintDecision Decision(DecisionKind kind) => SprintDecision.Create(new SprintId(Guid.CreateVersion7()), kind, "Etävalmennus",
        Owner, DateOnly.FromDateTime(At), kind == DecisionKind.Drop ? "Ei toiminut" : null, null, new DecisionTarget(), Owner, At).Value!;

    private static Improvement Improvement(ImprovementKind kind) => Features.Improvements.Improvement.Create(kind, "Valmennus etänä", null, Owner, [],
        ImprovementScope.Network, DateOnly.FromDateTime(At),
        [new(Guid.CreateVersion7(), MeasureRole.Outcome, MeasureKind.LeadTime, ImprovementScope.Network, null, Better.Lower, null, ChartKind.Run)],
        null, Owner, At).Value!;
}
