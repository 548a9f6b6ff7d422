namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// A session as its coach and team see it (the worker's week, a change's answer): the meeting, why it was cancelled or
/// where it moved, and each seated client by pseudonym with their attendance.
/// </summary>
public sealed record CoachSessionView(
    Guid Id, Guid ServiceId, Guid CoachId, string ProgrammeName, int Number, int Count, string Topic, DateTime StartUtc, DateTime EndUtc,
    SessionMode Mode, string? Place, string? VideoLink, SessionStatus Status, SessionCancelReason? CancelReason, Guid? MovedToId,
    Guid? MovedFromId, int Sequence, int Version, IReadOnlyList<SeatView> Seats);

/// <summary>One client's place in a session: the case (by its client's pseudonym), attendance, a late cancellation, minutes attended.</summary>
public sealed record SeatView(Guid CaseId, string ClientPseudonym, Attendance Attendance, bool Late, int? Minutes);
