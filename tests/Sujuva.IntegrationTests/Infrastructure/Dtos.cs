using System.Text.Json;

namespace Sujuva.IntegrationTests.Infrastructure;

public sealed record StageDto(Guid Id, int Position, string Name, string Kind, int? WipLimit);

public sealed record ServiceDto(Guid Id, Guid OrganisationId, Guid TeamId, string Name, DateTime? ArchivedAt,
    List<StageDto> Stages);

public sealed record CaseDto(Guid Id, Guid ClientId, string ClientPseudonym, Guid ServiceId, Guid OrganisationId,
    Guid StageId, DateTime OpenedAt, DateTime EnteredStageAt, DateTime? ClosedAt, string? Outcome,
    string? BlockedReason, DateTime? BlockedAt, Guid? FromReferralId, int Version);

public sealed record CardDto(Guid CaseId, string ClientPseudonym, int Version, string? BlockedReason);

public sealed record ColumnDto(Guid StageId, string Name, string Kind, int? WipLimit, int Count, List<CardDto> Cards);

public sealed record BoardDto(Guid ServiceId, string ServiceName, List<ColumnDto> Columns);

public sealed record ReferralDto(Guid Id, Guid FromCaseId, Guid ToServiceId, string ClientPseudonym, string Status,
    string? DeclineReason, string? DeclineNote, Guid? NewCaseId, int Version, Guid? ResendOfId = null);

public sealed record AcceptedDto(ReferralDto Referral, CaseDto Case);

public sealed record EventDto(long Id, string Type, DateTime At, Guid ActorId, Guid? OrganisationId, Guid? ServiceId,
    Guid? CaseId, string? ClientPseudonym, Guid? StageId, JsonElement Payload);

public sealed record EventPageDto(List<EventDto> Events, long? Next);

public sealed record ProblemDto(int Status, string Title, string? Detail, string Code,
    Dictionary<string, string[]> Errors);

public sealed record CaseEventsDto(int Cases, int Disagreeing);

public sealed record HealthDto(string Status, string Database, CaseEventsDto? CaseEvents);
