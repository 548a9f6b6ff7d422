using Sujuva.Web.Features.Feedback;

namespace Sujuva.Web.Features.Programmes;

/// <summary>One programme template (all its versions): its name now and its figures.</summary>
public sealed record ProgrammeFiguresRow(Guid TemplateId, string Name, AttendanceFigures Attendance, ClientFigures Clients);

/// <summary>Attendance and session CSAT of the sessions held one way (remote, in person, or as the client preferred).</summary>
public sealed record ModeFiguresRow(SessionMode Mode, AttendanceFigures Attendance);

/// <summary>
/// The coaching programmes' figures of one service, or of one template (TemplateId set), over From–To (local days, both
/// included); aggregates only, no client. The charts are P charts with Anhøj's runs analysis in the feedback charts'
/// shape, where a point's "answers" is its n: NoShowChart = no-shows / sessions due per ISO week (Europe/Helsinki) of the
/// session's start, whole weeks inside the period; CsatChart = session CSAT per week of the answer (or per month with
/// few answers, as on the service feedback page), of the same whole weeks; RemoteShareChart = remote sessions / sessions
/// held per week. The totals count every day of the period.
/// </summary>
public sealed record ProgrammeFiguresView(Guid ServiceId, string ServiceName, Guid? TemplateId, string? TemplateName, DateOnly From, DateOnly To,
    AttendanceFigures Attendance, ClientFigures Clients, FeedbackChartView? NoShowChart, FeedbackChartView? CsatChart,
    List<ProgrammeFiguresRow> Programmes, List<ModeFiguresRow> Modes, FeedbackChartView? RemoteShareChart);
