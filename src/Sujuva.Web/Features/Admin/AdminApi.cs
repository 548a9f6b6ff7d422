using Sujuva.Web.Features.Auth;

namespace Sujuva.Web.Features.Admin;

/// <summary>
/// Administration under /api/admin, for administrators with two-factor sign-in on. Creating organisations,
/// teams and services stays in NetworkApi; here are users and the edits that need a version (409 when stale).
/// </summary>
public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(AuthPolicies.Administrator);
        var users = admin.MapGroup("/users");
        users.MapGet("/", AdminUsers.ListAsync);
        users.MapGet("/{userId:guid}", AdminUsers.GetAsync);
        users.MapPost("/", CreateUser.HandleAsync);
        users.MapPut("/{userId:guid}/roles", ChangeUserAccess.RolesAsync);
        users.MapPut("/{userId:guid}/teams", ChangeUserAccess.TeamsAsync);
        users.MapPost("/{userId:guid}/lock", LockUser.LockAsync);
        users.MapPost("/{userId:guid}/unlock", LockUser.UnlockAsync);
        users.MapPost("/{userId:guid}/reset-two-factor", LockUser.ResetTwoFactorAsync);

        admin.MapGet("/organisations", AdminStructure.OrganisationsAsync);
        admin.MapPut("/organisations/{organisationId:guid}", AdminStructure.RenameOrganisationAsync);
        admin.MapPost("/organisations/{organisationId:guid}/archive", AdminStructure.ArchiveOrganisationAsync);
        admin.MapGet("/teams", AdminStructure.TeamsAsync);
        admin.MapPut("/teams/{teamId:guid}", AdminStructure.RenameTeamAsync);
        admin.MapPost("/teams/{teamId:guid}/archive", AdminStructure.ArchiveTeamAsync);

        var services = admin.MapGroup("/services");
        services.MapGet("/", AdminServices.ListAsync);
        services.MapPut("/{serviceId:guid}", AdminServices.RenameAsync);
        services.MapPost("/{serviceId:guid}/archive", AdminServices.ArchiveAsync);
        services.MapPost("/{serviceId:guid}/stages", AdminStages.AddAsync);
        services.MapPut("/{serviceId:guid}/stages/{stageId:guid}", AdminStages.ChangeAsync);
        services.MapPut("/{serviceId:guid}/stage-order", AdminStages.ReorderAsync);
        services.MapPost("/{serviceId:guid}/stages/{stageId:guid}/archive", AdminStages.ArchiveAsync);
    }
}
