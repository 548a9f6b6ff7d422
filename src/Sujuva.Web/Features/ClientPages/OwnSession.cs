using Sujuva.Web.Features.Programmes;

namespace Sujuva.Web.Features.ClientPages;

/// <summary>A session as the client's own page shows it: when, how and where, whether it is off, and whether they can still say they cannot come.</summary>
public sealed record OwnSession(Guid Id, string ProgrammeName, int Number, int Count, string Topic, DateTime StartUtc, DateTime EndUtc,
    SessionMode Mode, string? Place, string? VideoLink, bool Cancelled, Attendance Attendance, bool CanCancel);

/// <summary>A referral the client is waiting on: the receiving service and its expected start (none while its history is too short).</summary>
public sealed record OwnWait(Guid ServiceId, string ServiceName, Forecasts.WhenView? Forecast);

/// <summary>The client's own page: upcoming sessions, waits, and their calendar feed's webcal address.</summary>
public sealed record OwnPage(IReadOnlyList<OwnSession> Sessions, IReadOnlyList<OwnWait> Waits, string? FeedWebcal);
