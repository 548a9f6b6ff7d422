using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Coaching programmes under /api/programme-templates and /api/cases/{caseId}/programmes (issue 16), their figures under
/// /api/services/{serviceId}/programme-figures and /api/programme-templates/{templateId}/figures; the endpoints only adapt
/// the operations' outcomes.
/// </summary>
public static class ProgrammesApi
{
    public static void MapProgrammesApi(this IEndpointRouteBuilder api)
    {
        var templates = api.MapGroup("/programme-templates").WithTags("Programmes");
        templates.MapGet("/", ListAsync);
        templates.MapPost("/", CreateAsync);
        templates.MapGet("/{templateId}", GetAsync);
        templates.MapPut("/{templateId}", EditAsync);
        templates.MapGet("/{templateId}/figures", TemplateFiguresAsync);
        api.MapGet("/services/{serviceId}/programme-figures", ServiceFiguresAsync).WithTags("Programmes");
        var cases = api.MapGroup("/cases/{caseId}/programmes").WithTags("Programmes");
        cases.MapGet("/", OfCaseAsync);
        cases.MapPost("/", EnrolAsync).Admitted();
        api.MapGet("/me/sessions", MyWeekAsync).WithTags("Programmes");
        api.MapGet("/teams/{teamId}/sessions", TeamWeekAsync).WithTags("Programmes");
        var sessions = api.MapGroup("/sessions/{sessionId}").WithTags("Programmes");
        sessions.MapPost("/attendance", MarkAttendanceAsync).Admitted();
        sessions.MapPost("/cancel", CancelAsync).Admitted();
        sessions.MapPost("/reschedule", RescheduleAsync).Admitted();
    }

    /// <summary>Marks one client's attendance; answers their enrolment with its sessions.</summary>
    public static async Task<Results<Ok<EnrolmentView>, ProblemHttpResult>> MarkAttendanceAsync(
        Guid sessionId, MarkAttendanceRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, IOptions<ProgrammeOptions> options,
        CancellationToken ct) =>
        Problems.OkOr(await MarkAttendance.ApplyAsync(sessionId, request, db, user, clock, options.Value, ct));

    /// <summary>The signed-in worker's sessions in the week of the given day (yyyy-MM-dd; this week when left out).</summary>
    public static async Task<Ok<WeekView>> MyWeekAsync(DateOnly? week, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ReadWeek.ForCoachAsync(week, db, user, clock, ct));

    /// <summary>The team's sessions in a week, for its team lead and managers.</summary>
    public static async Task<Results<Ok<WeekView>, ProblemHttpResult>> TeamWeekAsync(
        Guid teamId, DateOnly? week, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ReadWeek.ForTeamAsync(teamId, week, db, user, clock, ct));

    /// <summary>The service cancels a session; answers it as its team sees it.</summary>
    public static async Task<Results<Ok<CoachSessionView>, ProblemHttpResult>> CancelAsync(
        Guid sessionId, CancelSessionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, IOptions<ProgrammeOptions> options,
        CancellationToken ct) =>
        Problems.OkOr(await CancelSession.ApplyAsync(sessionId, request, db, user, clock, options.Value, ct));

    /// <summary>Moves a session; answers the new instance (the old one keeps its history, shown cancelled).</summary>
    public static async Task<Results<Ok<CoachSessionView>, ProblemHttpResult>> RescheduleAsync(
        Guid sessionId, RescheduleRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, IOptions<ProgrammeOptions> options,
        CancellationToken ct) =>
        Problems.OkOr(await RescheduleSession.ApplyAsync(sessionId, request, db, user, clock, options.Value, ct));

    /// <summary>The case's programmes with their sessions and the client's attendance.</summary>
    public static async Task<Results<Ok<List<EnrolmentView>>, ProblemHttpResult>> OfCaseAsync(
        Guid caseId, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await ReadProgrammes.OfCaseAsync(caseId, db, user, ct));

    /// <summary>Enrols the case's client; answers the enrolment with its sessions laid out.</summary>
    public static async Task<Results<Created<EnrolmentView>, ProblemHttpResult>> EnrolAsync(
        Guid caseId, EnrolRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, IOptions<ProgrammeOptions> options,
        CancellationToken ct) =>
        Problems.CreatedOr(await EnrolProgramme.ApplyAsync(caseId, request, db, user, clock, options.Value, ct), e => $"/api/cases/{caseId}/programmes");

    /// <summary>The figures of a service's programmes over from–to (yyyy-MM-dd, local; the last 365 days when left out).</summary>
    public static async Task<Results<Ok<ProgrammeFiguresView>, ProblemHttpResult>> ServiceFiguresAsync(
        Guid serviceId, string? from, string? to, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ProgrammeFigures.ForServiceAsync(serviceId, from, to, db, user, clock, ct));

    /// <summary>The figures of one programme template, all its versions, over from–to.</summary>
    public static async Task<Results<Ok<ProgrammeFiguresView>, ProblemHttpResult>> TemplateFiguresAsync(
        Guid templateId, string? from, string? to, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ProgrammeFigures.ForTemplateAsync(templateId, from, to, db, user, clock, ct));

    /// <summary>A service's programme templates.</summary>
    public static async Task<Results<Ok<List<TemplateView>>, ProblemHttpResult>> ListAsync(
        Guid serviceId, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await ProgrammeTemplates.ListAsync(serviceId, db, user, ct));

    public static async Task<Results<Created<TemplateView>, ProblemHttpResult>> CreateAsync(
        TemplateRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await ProgrammeTemplates.CreateAsync(request, db, user, clock, ct), t => $"/api/programme-templates/{t.Id}");

    public static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> GetAsync(
        Guid templateId, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await ProgrammeTemplates.GetAsync(templateId, db, user, ct));

    public static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> EditAsync(
        Guid templateId, TemplateRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ProgrammeTemplates.EditAsync(templateId, request, db, user, clock, ct));
}
