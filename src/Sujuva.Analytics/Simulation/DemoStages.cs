namespace Sujuva.Analytics.Simulation;

/// <summary>Short constructors for stage plans, so that a service reads as its board.</summary>
internal static class DemoStages
{
    public static StagePlan Arrived() =>
        Waiting("saapunut", "Saapunut", "Inkommen", "Arrived", 2);

    public static StagePlan Waiting(string key, string fi, string sv, string en, double medianDays) =>
        new(new SimStage(key, new(fi, sv, en), SimStageKind.Waiting, null), medianDays);

    public static StagePlan Working(
        string key, string fi, string sv, string en, int? wipLimit, double medianDays, double blockChance = 0) =>
        new(new SimStage(key, new(fi, sv, en), SimStageKind.Working, wipLimit), medianDays, blockChance);
}
