using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Admin;

/// <summary>
/// Administration under /api/admin, for administrators with two-factor sign-in on. Creating organisations,
/// teams and services stays in NetworkApi; here are users and the edits that need a version (409 when stale),
/// among them the network's names for the block reasons.
/// Each endpoint runs the operation the administration pages run and answers its Outcome.
/// </summary>
public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(AuthPolicies.Administrator);
        var users = admin.MapGroup("/users");
        users.MapGet("/", AdminUsers.ListAsync);
        users.MapGet("/{userId}", GetUserAsync);
        users.MapPost("/", CreateUserAsync);
        users.MapPut("/{userId}/roles", RolesAsync);
        users.MapPut("/{userId}/teams", TeamsAsync);
        users.MapPost("/{userId}/lock", LockAsync);
        users.MapPost("/{userId}/unlock", UnlockAsync);
        users.MapPost("/{userId}/reset-two-factor", ResetTwoFactorAsync);

        admin.MapGet("/organisations", AdminStructure.OrganisationsAsync);
        admin.MapPut("/organisations/{organisationId}", RenameOrganisationAsync);
        admin.MapPost("/organisations/{organisationId}/archive", ArchiveOrganisationAsync);
        admin.MapGet("/teams", AdminStructure.TeamsAsync);
        admin.MapPut("/teams/{teamId}", RenameTeamAsync);
        admin.MapPost("/teams/{teamId}/archive", ArchiveTeamAsync);

        var services = admin.MapGroup("/services");
        services.MapGet("/", AdminServices.ListAsync);
        services.MapPut("/{serviceId}", RenameServiceAsync);
        services.MapPost("/{serviceId}/archive", ArchiveServiceAsync);
        services.MapPost("/{serviceId}/stages", AddStageAsync);
        services.MapPut("/{serviceId}/stages/{stageId}", ChangeStageAsync);
        services.MapPut("/{serviceId}/stage-order", ReorderStagesAsync);
        services.MapPost("/{serviceId}/stages/{stageId}/archive", ArchiveStageAsync);

        var blockReasons = admin.MapGroup("/block-reasons");
        blockReasons.MapGet("/", AdminBlockReasons.ListAsync);
        blockReasons.MapPut("/{reason}", NameBlockReasonAsync);
        blockReasons.MapPost("/{reason}/clear", ClearBlockReasonAsync);
    }

    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> GetUserAsync(
        Guid userId, SujuvaDb db, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await AdminUsers.GetAsync(userId, db, clock, ct));

    public static async Task<Results<Created<AdminUserView>, ProblemHttpResult>> CreateUserAsync(
        CreateUserRequest request, SujuvaDb db, UserManager<User> users, CurrentUser admin, IAccountAuditSink audit,
        TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await CreateUser.ApplyAsync(request, db, users, admin, audit, clock, ct), u => $"/api/admin/users/{u.Id}");

    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> RolesAsync(
        Guid userId, SetRolesRequest request, SujuvaDb db, UserManager<User> users, CurrentUser admin,
        IAccountAuditSink audit, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ChangeUserAccess.RolesAsync(userId, request, db, users, admin, audit, clock, ct));

    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> TeamsAsync(
        Guid userId, SetTeamsRequest request, SujuvaDb db, UserManager<User> users, CurrentUser admin,
        IAccountAuditSink audit, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ChangeUserAccess.TeamsAsync(userId, request, db, users, admin, audit, clock, ct));

    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> LockAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, CurrentUser admin, IAccountAuditSink audit,
        TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await LockUser.LockAsync(userId, db, users, admin, audit, clock, ct));

    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> UnlockAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, CurrentUser admin, IAccountAuditSink audit,
        TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await LockUser.UnlockAsync(userId, db, users, admin, audit, clock, ct));

    public static async Task<Results<Ok<AdminUserView>, ProblemHttpResult>> ResetTwoFactorAsync(
        Guid userId, SujuvaDb db, UserManager<User> users, TwoFactorEnrolment enrolment, CurrentUser admin,
        IAccountAuditSink audit, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await LockUser.ResetTwoFactorAsync(userId, db, users, enrolment, admin, audit, clock, ct));

    public static async Task<Results<Ok<AdminOrganisationView>, ProblemHttpResult>> RenameOrganisationAsync(
        Guid organisationId, RenameOrganisationRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        Problems.OkOr(await AdminStructure.RenameOrganisationAsync(organisationId, request, db, user, clock, ct));

    public static async Task<Results<Ok<AdminOrganisationView>, ProblemHttpResult>> ArchiveOrganisationAsync(
        Guid organisationId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await AdminStructure.ArchiveOrganisationAsync(organisationId, request, db, user, clock, ct));

    public static async Task<Results<Ok<AdminTeamView>, ProblemHttpResult>> RenameTeamAsync(
        Guid teamId, RenameRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await AdminStructure.RenameTeamAsync(teamId, request, db, user, clock, ct));

    public static async Task<Results<Ok<AdminTeamView>, ProblemHttpResult>> ArchiveTeamAsync(
        Guid teamId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await AdminStructure.ArchiveTeamAsync(teamId, request, db, user, clock, ct));

    public static async Task<Results<Ok<AdminServiceView>, ProblemHttpResult>> RenameServiceAsync(
        Guid serviceId, RenameRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await AdminServices.RenameAsync(serviceId, request, db, user, clock, ct));

    public static async Task<Results<Ok<AdminServiceView>, ProblemHttpResult>> ArchiveServiceAsync(
        Guid serviceId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await AdminServices.ArchiveAsync(serviceId, request, db, user, clock, ct));

    public static async Task<Results<Created<AdminServiceView>, ProblemHttpResult>> AddStageAsync(
        Guid serviceId, StageRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (added, refusal) = await AdminStages.AddAsync(serviceId, request, db, user, clock, ct);
        return added is null
            ? Problems.From(refusal!)
            : TypedResults.Created($"/api/admin/services/{serviceId}/stages/{added.StageId}", added.Service);
    }

    public static async Task<Results<Ok<AdminServiceView>, ProblemHttpResult>> ChangeStageAsync(
        Guid serviceId, Guid stageId, StageRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        Problems.OkOr(await AdminStages.ChangeAsync(serviceId, stageId, request, db, user, clock, ct));

    public static async Task<Results<Ok<AdminServiceView>, ProblemHttpResult>> ReorderStagesAsync(
        Guid serviceId, StageOrderRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await AdminStages.ReorderAsync(serviceId, request, db, user, clock, ct));

    public static async Task<Results<Ok<AdminServiceView>, ProblemHttpResult>> ArchiveStageAsync(
        Guid serviceId, Guid stageId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        Problems.OkOr(await AdminStages.ArchiveAsync(serviceId, stageId, request, db, user, clock, ct));

    public static async Task<Results<Ok<AdminBlockReasonView>, ProblemHttpResult>> NameBlockReasonAsync(
        string reason, BlockReasonNamesRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        Features.Cases.BlockReasonNames names, CancellationToken ct) =>
        Problems.OkOr(await AdminBlockReasons.NameAsync(reason, request, db, user, clock, names, ct));

    public static async Task<Results<Ok<AdminBlockReasonView>, ProblemHttpResult>> ClearBlockReasonAsync(
        string reason, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        Features.Cases.BlockReasonNames names, CancellationToken ct) =>
        Problems.OkOr(await AdminBlockReasons.ClearAsync(reason, request, db, user, clock, names, ct));
}
