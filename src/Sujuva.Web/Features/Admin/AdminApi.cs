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
        users.MapGet("/{userId}", AdminUsers.GetAsync);
        users.MapPost("/", CreateUser.HandleAsync);
        users.MapPut("/{userId}/roles", ChangeUserAccess.RolesAsync);
        users.MapPut("/{userId}/teams", ChangeUserAccess.TeamsAsync);
        users.MapPost("/{userId}/lock", LockUser.LockAsync);
        users.MapPost("/{userId}/unlock", LockUser.UnlockAsync);
        users.MapPost("/{userId}/reset-two-factor", LockUser.ResetTwoFactorAsync);

        admin.MapGet("/organisations", AdminStructure.OrganisationsAsync);
        admin.MapPut("/organisations/{organisationId}", AdminStructure.RenameOrganisationAsync);
        admin.MapPost("/organisations/{organisationId}/archive", AdminStructure.ArchiveOrganisationAsync);
        admin.MapGet("/teams", AdminStructure.TeamsAsync);
        admin.MapPut("/teams/{teamId}", AdminStructure.RenameTeamAsync);
        admin.MapPost("/teams/{teamId}/archive", AdminStructure.ArchiveTeamAsync);

        var services = admin.MapGroup("/services");
        services.MapGet("/", AdminServices.ListAsync);
        services.MapPut("/{serviceId}", AdminServices.RenameAsync);
        services.MapPost("/{serviceId}/archive", AdminServices.ArchiveAsync);
        services.MapPost("/{serviceId}/stages", AdminStages.AddAsync);
        services.MapPut("/{serviceId}/stages/{stageId}", AdminStages.ChangeAsync);
        services.MapPut("/{serviceId}/stage-order", AdminStages.ReorderAsync);
        services.MapPost("/{serviceId}/stages/{stageId}/archive", AdminStages.ArchiveAsync);
    }
}
