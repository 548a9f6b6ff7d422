using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Features.Improvements;

/// <summary>
/// Improvements under /api/improvements: every signed-in member of the network reads them; Lean coaches, managers
/// and team leads create them (ImprovementAccess); the owner, participants and the scope's teams work on them.
/// Each endpoint runs its operation and answers its Outcome.
/// </summary>
public static class ImprovementsApi
{
    public static void MapImprovementsApi(this IEndpointRouteBuilder api)
    {
        var improvements = api.MapGroup("/improvements").WithTags("Improvements");
        improvements.MapGet("/", ListAsync);
        improvements.MapPost("/", CreateAsync);
        improvements.MapGet("/{improvementId}", GetAsync);
        improvements.MapPut("/{improvementId}", EditAsync);
        improvements.MapPut("/{improvementId}/measures", MeasuresAsync);
        improvements.MapPut("/{improvementId}/sheet", SheetAsync);
        improvements.MapGet("/{improvementId}/chart", ChartAsync);
        improvements.MapGet("/{improvementId}/chart.csv", ChartCsvAsync);
        improvements.MapPost("/{improvementId}/cycles", PlanCycleAsync);
        improvements.MapPut("/{improvementId}/cycles/{cycle}", EditCycleAsync);
        improvements.MapPost("/{improvementId}/cycles/{cycle}/start", StartCycleAsync);
        improvements.MapPost("/{improvementId}/cycles/{cycle}/observations", ObserveAsync);
        improvements.MapPost("/{improvementId}/cycles/{cycle}/study", StudyAsync);
        improvements.MapPost("/{improvementId}/cycles/{cycle}/decision", DecideAsync);
    }

    /// <summary>Filter by status, a service or a team (its services too); due=true: only those due for study.</summary>
    public static async Task<Ok<List<ImprovementSummary>>> ListAsync(
        ImprovementStatus? status, Guid? serviceId, Guid? teamId, bool? due, SujuvaDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ReadImprovements.ListAsync(new ImprovementFilter(status, serviceId, teamId, due ?? false), db, clock, ct));

    public static async Task<Results<Created<ImprovementView>, ProblemHttpResult>> CreateAsync(
        CreateImprovementRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await ImprovementWork.CreateAsync(request, db, user, clock, ct), i => $"/api/improvements/{i.Id}");

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> GetAsync(
        Guid improvementId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ReadImprovements.GetAsync(improvementId, db, user, clock, ct));

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> EditAsync(
        Guid improvementId, EditImprovementRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.EditAsync(improvementId, request, db, user, clock, ct));

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> MeasuresAsync(
        Guid improvementId, MeasuresRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.SetMeasuresAsync(improvementId, request, db, user, clock, ct));

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> SheetAsync(
        Guid improvementId, SheetRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.SetSheetAsync(improvementId, request, db, user, clock, ct));

    /// <summary>measure: a measure's id (the primary one by default); view: frozen (default) or phases; rules: e.g. "we,nelson".</summary>
    public static async Task<Results<Ok<ChartResponse>, ProblemHttpResult>> ChartAsync(
        Guid improvementId, Guid? measure, string? view, string? rules, bool? screened, SujuvaDb db, FlowCache cache,
        Pseudonyms pseudonyms, CurrentUser user, TimeProvider clock, IStringLocalizer<Strings> text, CancellationToken ct) =>
        Problems.OkOr(await ImprovementCharts.ReadAsync(improvementId, new ChartRequest(measure, view, rules, screened), db, cache,
            pseudonyms, user, clock, text, ct));

    /// <summary>The chart's data table as CSV (UTF-8): one row per point with its phase, centre, limits and signals.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ChartCsvAsync(
        Guid improvementId, Guid? measure, string? view, string? rules, bool? screened, SujuvaDb db, FlowCache cache,
        Pseudonyms pseudonyms, CurrentUser user, TimeProvider clock, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        var (chart, refusal) = await ImprovementCharts.ReadAsync(improvementId, new ChartRequest(measure, view, rules, screened), db,
            cache, pseudonyms, user, clock, text, ct);
        if (refusal is not null) return Problems.From(refusal);
        return TypedResults.File(ChartCsv.Write(chart!), "text/csv; charset=utf-8", $"improvement-{improvementId:N}-{chart!.Measure.Kind}.csv");
    }

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> PlanCycleAsync(
        Guid improvementId, CycleRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.PlanCycleAsync(improvementId, request, db, user, clock, ct));

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> EditCycleAsync(
        Guid improvementId, int cycle, CycleRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.EditCycleAsync(improvementId, cycle, request, db, user, clock, ct));

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> StartCycleAsync(
        Guid improvementId, int cycle, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.StartCycleAsync(improvementId, cycle, request, db, user, clock, ct));

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> ObserveAsync(
        Guid improvementId, int cycle, ObservationRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.ObserveAsync(improvementId, cycle, request, db, user, clock, ct));

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> StudyAsync(
        Guid improvementId, int cycle, StudyRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.StudyAsync(improvementId, cycle, request, db, user, clock, ct));

    public static async Task<Results<Ok<ImprovementView>, ProblemHttpResult>> DecideAsync(
        Guid improvementId, int cycle, DecisionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ImprovementWork.DecideAsync(improvementId, cycle, request, db, user, clock, ct));
}
