using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

/// <summary>A new sprint. Participants besides the Decider and the facilitator; ServiceIds: the services it is about.</summary>
public sealed record CreateSprintRequest(
    [Text(TextLimits.Reason, Multiline = true)] string Challenge, Guid DeciderId, Guid FacilitatorId, SprintMode Mode,
    IReadOnlyList<SprintSession> Sessions, IReadOnlyList<Guid>? Participants = null, IReadOnlyList<Guid>? ServiceIds = null);

/// <summary>The sprint's own fields, with the version the editor saw.</summary>
public sealed record EditSprintRequest(
    [Text(TextLimits.Reason, Multiline = true)] string Challenge, Guid DeciderId, Guid FacilitatorId, SprintMode Mode,
    IReadOnlyList<SprintSession> Sessions, int Version, IReadOnlyList<Guid>? Participants = null,
    IReadOnlyList<Guid>? ServiceIds = null);
