namespace Sujuva.Web.Features;

/// <summary>An entity id: a Guid wrapped so that ids of different entities cannot be mixed up.</summary>
public interface IEntityId
{
    Guid Value { get; }
}

public readonly record struct OrganisationId(Guid Value) : IEntityId;
public readonly record struct TeamId(Guid Value) : IEntityId;
public readonly record struct ServiceId(Guid Value) : IEntityId;
public readonly record struct StageId(Guid Value) : IEntityId;
public readonly record struct ClientId(Guid Value) : IEntityId;
public readonly record struct CaseId(Guid Value) : IEntityId;
public readonly record struct ReferralId(Guid Value) : IEntityId;
public readonly record struct WorkLogId(Guid Value) : IEntityId;
public readonly record struct UserId(Guid Value) : IEntityId;
public readonly record struct ImprovementId(Guid Value) : IEntityId;
public readonly record struct ProgrammeTemplateId(Guid Value) : IEntityId;
public readonly record struct EnrolmentId(Guid Value) : IEntityId;
public readonly record struct CoachingSessionId(Guid Value) : IEntityId;
public readonly record struct SprintId(Guid Value) : IEntityId;
public readonly record struct SprintDecisionId(Guid Value) : IEntityId;
public readonly record struct SprintNoteId(Guid Value) : IEntityId;
public readonly record struct SprintVoteId(Guid Value) : IEntityId;
public readonly record struct SprintFileId(Guid Value) : IEntityId;
public readonly record struct SprintTestAnswerId(Guid Value) : IEntityId;
public readonly record struct SprintTestLinkId(Guid Value) : IEntityId;
public readonly record struct BlueprintVersionId(Guid Value) : IEntityId;
