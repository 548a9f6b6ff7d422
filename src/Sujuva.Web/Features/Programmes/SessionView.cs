namespace Sujuva.Web.Features.Programmes;

/// <summary>A session as the case shows it: the meeting and this client's attendance in it.</summary>
public sealed record SessionView(
    Guid Id, int Number, int Count, string Topic, DateTime StartUtc, DateTime EndUtc, SessionMode Mode, string? Place, string? VideoLink,
    SessionStatus Status, Attendance Attendance, int? Minutes, int Sequence, int Version);
