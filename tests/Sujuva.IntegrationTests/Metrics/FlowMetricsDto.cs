namespace Sujuva.IntegrationTests.Metrics;

public sealed record PercentilesDto(int Count, double P50, double P70, double P85, double P95);

public sealed record EfficiencyDto(int Cases, double TimeWeightedByStages, double MeanOfCasesByStages,
    double TimeWeightedByEffort, double MeanOfCasesByEffort);

public sealed record DailyCountDto(DateOnly Day, int Count);

public sealed record HandoffWaitDto(Guid FromOrganisationId, Guid ToOrganisationId, int Started, double? MedianDays,
    double? P85Days, int Declined, Dictionary<string, int> DeclinedByReason, int Pending);

public sealed record FlowMetricsDto(Guid? ServiceId, DateOnly From, DateOnly To, DateTime AsOf, string DayConvention,
    int Closed, int Open, PercentilesDto? LeadTime, PercentilesDto? QueueTime, PercentilesDto? CycleTime,
    EfficiencyDto Efficiency, Dictionary<string, double> BlockedDaysByReason, List<DailyCountDto> ThroughputPerDay,
    int WipNow, Dictionary<string, int> WipPerStage, List<HandoffWaitDto> HandoffWaits);
