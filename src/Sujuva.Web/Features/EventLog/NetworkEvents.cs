using Sujuva.Web.Features.Boards;

namespace Sujuva.Web.Features.EventLog;

// The network's events: names and ids of organisations, teams, services and boards, shared as stored.

[Shared]
public sealed record OrganisationCreated(string Name) : IEventPayload;

[Shared]
public sealed record OrganisationRenamed(string Name) : IEventPayload;

[Shared]
public sealed record OrganisationArchived : IEventPayload;

[Shared]
public sealed record TeamCreated(Guid TeamId, string Name) : IEventPayload;

[Shared]
public sealed record TeamRenamed(Guid TeamId, string Name) : IEventPayload;

[Shared]
public sealed record TeamArchived(Guid TeamId) : IEventPayload;

[Shared]
public sealed record ServiceCreated(string Name, Guid TeamId, IReadOnlyList<BoardStage> Stages) : IEventPayload;

[Shared]
public sealed record ServiceRenamed(string Name) : IEventPayload;

[Shared]
public sealed record ServiceArchived : IEventPayload;

/// <param name="Change">StageAdded, StageChanged, StagesReordered or StageArchived.</param>
/// <param name="Stages">The board after the change: its stages that are not archived, in order.</param>
[Shared]
public sealed record BoardChanged(string Change, IReadOnlyList<BoardStage> Stages) : IEventPayload;

/// <param name="Reason">The block reason's code; cases and events keep recording the code.</param>
/// <param name="Name">The network's Finnish name for it, trimmed; null when cleared (the built-in text is shown).</param>
[Shared]
public sealed record BlockReasonNamed(Cases.BlockReason Reason, string? Name) : IEventPayload;

/// <summary>A stage as a network event records it.</summary>
public sealed record BoardStage(Guid StageId, string Name, StageKind Kind, int? WipLimit, int Position)
{
    public static BoardStage Of(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return new(stage.Id.Value, stage.Name, stage.Kind, stage.WipLimit, stage.Position);
    }
}
