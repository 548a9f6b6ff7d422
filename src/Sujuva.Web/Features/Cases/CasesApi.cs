using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.WorkLogs;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>The case endpoints: each runs its operation and answers its Outcome (Problems maps a refusal).</summary>
public static class CasesApi
{
    public static void MapCasesApi(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", OpenAsync).Admitted();
        cases.MapGet("/{caseId}", GetAsync);
        cases.MapPost("/{caseId}/moves", MoveAsync).Admitted();
        cases.MapPost("/{caseId}/block", BlockAsync).Admitted();
        cases.MapPost("/{caseId}/unblock", UnblockAsync).Admitted();
        cases.MapGet("/{caseId}/notes", NotesAsync);
        cases.MapPost("/{caseId}/assign", AssignAsync).Admitted();
        cases.MapPost("/{caseId}/pair", PairAsync).Admitted();
        cases.MapPost("/{caseId}/close", CloseAsync).Admitted();
        cases.MapPost("/{caseId}/reopen", ReopenAsync).Admitted();
        cases.MapPost("/{caseId}/work", LogWorkAsync).Admitted().WithTags("WorkLogs");
        cases.MapGet("/{caseId}/work", WorkAsync).WithTags("WorkLogs");
    }

    public static async Task<Results<Created<CaseView>, ProblemHttpResult>> OpenAsync(
        OpenCaseRequest request, SujuvaDb db, CurrentUser user, PersonalDataAccess access, TimeProvider clock,
        CancellationToken ct) =>
        Problems.CreatedOr(await OpenCase.ApplyAsync(request, db, user, access, clock, ct), c => $"/api/cases/{c.Id}");

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> GetAsync(
        Guid caseId, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await OpenCase.FindAsync(caseId, db, user, ct));

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> MoveAsync(
        Guid caseId, MoveCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await MoveCase.ApplyAsync(caseId, request, db, user, clock, ct));

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> BlockAsync(
        Guid caseId, BlockCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await BlockCase.BlockAsync(caseId, request, db, user, clock, ct));

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> UnblockAsync(
        Guid caseId, UnblockCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await BlockCase.UnblockAsync(caseId, request, db, user, clock, ct));

    public static async Task<Results<Ok<List<CaseNoteView>>, ProblemHttpResult>> NotesAsync(
        Guid caseId, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit, CancellationToken ct) =>
        Problems.OkOr(await CaseNotes.ReadAsync(caseId, db, user, access, audit, null, ct));

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> AssignAsync(
        Guid caseId, AssignCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await AssignCase.ApplyAsync(caseId, request, db, user, clock, ct));

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> PairAsync(
        Guid caseId, PairCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await PairCase.ApplyAsync(caseId, request, db, user, clock, ct));

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> CloseAsync(
        Guid caseId, CloseCaseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await CloseCase.CloseAsync(caseId, request, db, user, clock, ct));

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> ReopenAsync(
        Guid caseId, ReopenCaseRequest request, SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ReopenCase.ApplyAsync(caseId, request, db, user, access, clock, ct));

    public static async Task<Results<Created<WorkLogView>, ProblemHttpResult>> LogWorkAsync(
        Guid caseId, LogWorkRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await LogWork.ApplyAsync(caseId, request, db, user, clock, ct), _ => $"/api/cases/{caseId}/work");

    public static async Task<Results<Ok<List<WorkLogView>>, ProblemHttpResult>> WorkAsync(
        Guid caseId, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await LogWork.ListAsync(caseId, db, user, ct));
}
