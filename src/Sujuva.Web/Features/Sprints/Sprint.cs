using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// A Design Sprint 2.0 (METRICS.md §9): a challenge worked on by a Decider, a facilitator and participants from any
/// organisation over four agenda days, met in person, on video or in half-day sessions. The services it is about
/// (its scope) give its map the live value stream and its "test further" decisions their experiment's scope. Notes,
/// votes and other artefacts are rows of their own, so two participants adding at once never conflict; the sprint's
/// own fields are edited with the version the editor saw (409 when stale). Every change records an event.
/// </summary>
public sealed partial class Sprint : Entity
{
    public SprintId Id { get; private set; }
    public string Challenge { get; private set; } = "";
    public UserId DeciderId { get; private set; }
    public UserId FacilitatorId { get; private set; }

    /// <summary>Staff user ids besides the Decider and the facilitator.</summary>
    public List<Guid> Participants { get; private set; } = [];

    /// <summary>The services the sprint is about, in the order a client meets them.</summary>
    public List<Guid> ServiceIds { get; private set; } = [];
    public SprintMode Mode { get; private set; }
    public List<SprintSession> Sessions { get; private set; } = [];
    public SprintStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public UserId CreatedBy { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>The first and last session's dates.</summary>
    public DateOnly Starts => Sessions.Min(s => s.Date);
    public DateOnly Ends => Sessions.Max(s => s.Date);

    /// <summary>The Decider, the facilitator and the participants: everyone who works in the sprint.</summary>
    public IEnumerable<Guid> Team => Participants.Append(DeciderId.Value).Append(FacilitatorId.Value).Distinct();

    private Sprint() { }

    public static Outcome<Sprint> Create(string challenge, UserId decider, UserId facilitator, IEnumerable<Guid> participants,
        IEnumerable<Guid> services, SprintMode mode, IReadOnlyList<SprintSession> sessions, UserId by, DateTime at)
    {
        if (Check(challenge, mode, sessions) is { } refusal) return refusal;
        var sprint = new Sprint
        {
            Id = new(Guid.CreateVersion7(at)), Challenge = challenge.Trim(), DeciderId = decider, FacilitatorId = facilitator,
            Participants = [.. participants.Distinct()], ServiceIds = [.. services.Distinct()], Mode = mode,
            Sessions = [.. Ordered(sessions)], Status = SprintStatus.Planned, CreatedAt = at, CreatedBy = by,
        };
        sprint.Record(new Event(new SprintCreated(sprint.Id.Value, mode), at, by, null, null, null, null, null));
        return sprint;
    }

    /// <summary>The challenge, the people, the services and the sessions; a closed sprint is history and stays as it was.</summary>
    public Refusal? Edit(string challenge, UserId decider, UserId facilitator, IEnumerable<Guid> participants,
        IEnumerable<Guid> services, SprintMode mode, IReadOnlyList<SprintSession> sessions, UserId by, DateTime at)
    {
        if (IsClosedRefusal() is { } closed) return closed;
        if (Check(challenge, mode, sessions) is { } refusal) return refusal;
        (Challenge, DeciderId, FacilitatorId, Mode) = (challenge.Trim(), decider, facilitator, mode);
        Participants = [.. participants.Distinct()];
        ServiceIds = [.. services.Distinct()];
        Sessions = [.. Ordered(sessions)];
        Changed(SprintChange.Edited, null, by, at);
        return null;
    }

    /// <summary>Refuses any change to a closed sprint.</summary>
    public Refusal? IsClosedRefusal() => Status == SprintStatus.Closed
        ? Refusal.Rule("sprintId", "Sprints.Closed", "The sprint is closed; its record stays as it was.")
        : null;

    /// <summary>Records a change of the sprint or one of its artefacts: bumps the version, which the live views follow.</summary>
    internal void Changed(SprintChange change, SprintExercise? exercise, UserId by, DateTime at)
    {
        Version++;
        Record(new Event(new SprintChanged(Id.Value, change, exercise, Status), at, by, null, null, null, null, null));
    }

    private static Refusal? Check(string challenge, SprintMode mode, IReadOnlyList<SprintSession> sessions)
    {
        if (string.IsNullOrWhiteSpace(challenge))
            return Refusal.Invalid("challenge", "Sprints.ChallengeMissing", "Say what challenge the sprint takes on.");
        return SprintSessions.Check(mode, sessions);
    }

    private static IEnumerable<SprintSession> Ordered(IEnumerable<SprintSession> sessions) =>
        sessions.OrderBy(s => s.Day).ThenBy(s => s.Half);
}
