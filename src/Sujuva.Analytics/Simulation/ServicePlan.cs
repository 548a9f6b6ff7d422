namespace Sujuva.Analytics.Simulation;

/// <summary>How long a case typically stays in a stage, and how often it gets blocked there.</summary>
internal sealed record StagePlan(SimStage Stage, double MedianDays, double BlockChance = 0)
{
    /// <summary>Cases enter this stage only at the service's intake (see <see cref="IntakePlan"/>).</summary>
    public bool AtIntakeOnly { get; init; }
}

/// <summary>Where a finished case may be referred next, with the chance of it and the referral's reason.</summary>
internal sealed record Route(string ToServiceKey, double Chance, string Reason);

/// <summary>
/// Starts into an intake-gated stage: before the improvement, individual intake visits on
/// working days; from the improvement on, a shared intake meeting on Tuesdays and Thursdays.
/// </summary>
internal sealed record IntakePlan(int SlotsPerDayBefore, int SlotsPerMeetingAfter);

internal sealed record ServicePlan(
    string Key, string OrganisationKey, string TeamKey, LocalisedName Name, StagePlan[] Stages,
    Route[] Routes, (SimOutcome Outcome, double Weight)[] Outcomes, SimBlock[] BlockReasons)
{
    public IntakePlan? Intake { get; init; }

    public SimService ToService() =>
        new(Key, OrganisationKey, TeamKey, Name, Stages.Select(s => s.Stage).ToArray());
}
