namespace Sujuva.IntegrationTests.Blueprints;

public sealed record LocalTextDto(string Fi, string? Sv, string? En);
public sealed record FlowDto(int Closed, int Open, double? MedianLeadDays, double? MedianQueueDays, double? MedianCycleDays);
public sealed record BlueprintStageDto(LocalTextDto Name, string Kind, int? WipLimit, int Cases, double MeanDays, double MeanEffortDays);
public sealed record BlueprintSessionDto(int Number, string Topic, int Minutes, string Mode);
public sealed record BlueprintProgrammeDto(Guid TemplateId, LocalTextDto Name, string Rhythm, bool Group, int? Capacity,
    List<BlueprintSessionDto> Sessions, int Due, double? NoShowRate, int CsatAnswers, double? SessionCsat);
public sealed record BlueprintReferralDto(Guid ToServiceId, LocalTextDto ToService, LocalTextDto ToOrganisation, int Sent, int Started,
    double? MedianWaitDays, double DeclineShare);
public sealed record BlueprintFeedbackDto(string EventKind, int Asked, int Answers, double? CsatPercent);
public sealed record BlueprintServiceDto(Guid ServiceId, LocalTextDto Name, LocalTextDto Organisation, LocalTextDto Team, FlowDto Flow,
    List<BlueprintStageDto> Stages, List<BlueprintProgrammeDto> Programmes, List<BlueprintReferralDto> Referrals,
    List<BlueprintFeedbackDto> Feedback);
public sealed record BlueprintModelDto(DateOnly From, DateOnly To, DateTime AsOf, List<BlueprintServiceDto> Services);
public sealed record VersionSummaryDto(Guid Id, int Number, string Title, List<Guid> ServiceIds, DateTime PublishedAt, string PublishedBy,
    DateOnly From, DateOnly To);
public sealed record VersionDto(VersionSummaryDto Version, BlueprintModelDto Model);
public sealed record ChangeDto(string Key, string? Before, string? After);
public sealed record ComparisonDto(VersionDto A, VersionDto B, List<ChangeDto> Changes);
public sealed record NewClientDto(Guid Id);
