namespace Sujuva.Web.Features.Programmes;

/// <summary>One client's attendance in a session; Minutes for an attended one (the session's length when left out); the session's Version.</summary>
public sealed record MarkAttendanceRequest(Guid CaseId, Attendance Attendance, int Version, int? Minutes = null);
