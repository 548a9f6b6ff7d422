namespace Sujuva.Web.Features.Sprints;

public readonly record struct SprintNoteId(Guid Value) : IEntityId;
public readonly record struct SprintVoteId(Guid Value) : IEntityId;
