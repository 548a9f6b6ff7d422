using Sujuva.Web.Features.Improvements;

namespace Sujuva.Web.Features.Sprints;

/// <summary>A service a sprint is about, named in the reader's language.</summary>
public sealed record SprintServiceView(Guid Id, string Name);

/// <summary>A sprint as its pages and GET /api/sprints/{id} show it. MayWork: the reader works in it; MayRun: runs its agenda.</summary>
public sealed record SprintView(
    Guid Id, string Challenge, PersonView Decider, PersonView Facilitator, IReadOnlyList<PersonView> Participants,
    IReadOnlyList<SprintServiceView> Services, SprintMode Mode, IReadOnlyList<SprintSession> Sessions, SprintStatus Status,
    DateTime CreatedAt, DateTime? ClosedAt, int Version, bool MayWork, bool MayRun);

/// <summary>A sprint in the list.</summary>
public sealed record SprintSummary(
    Guid Id, string Challenge, SprintMode Mode, SprintStatus Status, DateOnly Starts, DateOnly Ends, PersonView Decider,
    PersonView Facilitator, int People, int Version);
