using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Network;

/// <summary>The network's structure: every signed-in user reads it; administrators change it.</summary>
public static class NetworkApi
{
    public static void MapNetworkApi(this IEndpointRouteBuilder api)
    {
        const string admin = AuthPolicies.Administrator;
        var organisations = api.MapGroup("/organisations").WithTags("Network");
        organisations.MapGet("/", ListOrganisationsAsync);
        organisations.MapPost("/", CreateOrganisationAsync).RequireAuthorization(admin);
        organisations.MapPost("/{organisationId}/teams", CreateTeamAsync).RequireAuthorization(admin);

        api.MapGet("/teams", ListTeamsAsync).WithTags("Network");

        var services = api.MapGroup("/services").WithTags("Network");
        services.MapGet("/", ListServicesAsync);
        services.MapGet("/{serviceId}", GetServiceAsync);
        services.MapPost("/", CreateServiceAsync).RequireAuthorization(admin);
        services.MapPost("/{serviceId}/archive", ArchiveServiceAsync).RequireAuthorization(admin);
    }

    public static async Task<Ok<List<OrganisationView>>> ListOrganisationsAsync(SujuvaDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.Organisations.AsNoTracking().Where(o => o.ArchivedAt == null)
            .OrderBy(o => o.Name).ToListAsync(ct)).Select(OrganisationView.From).ToList());

    public static async Task<Ok<List<TeamView>>> ListTeamsAsync(SujuvaDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct))
            .Select(TeamView.From).ToList());

    /// <summary>Archived services are hidden unless asked for.</summary>
    public static async Task<Ok<List<ServiceView>>> ListServicesAsync(bool? archived, SujuvaDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.Services.AsNoTracking().Where(s => archived == true || s.ArchivedAt == null)
            .OrderBy(s => s.Name).ToListAsync(ct)).Select(ServiceView.From).ToList());

    public static async Task<Results<Ok<ServiceView>, ProblemHttpResult>> GetServiceAsync(
        Guid serviceId, SujuvaDb db, CancellationToken ct)
    {
        var id = new ServiceId(serviceId);
        var s = await db.Services.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? Problems.NotFound("serviceId") : TypedResults.Ok(ServiceView.From(s));
    }

    public static async Task<Results<Created<OrganisationView>, ProblemHttpResult>> CreateOrganisationAsync(
        CreateOrganisationRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await CreateOrganisation.ApplyAsync(request, db, user, clock, ct), o => $"/api/organisations/{o.Id}");

    public static async Task<Results<Created<TeamView>, ProblemHttpResult>> CreateTeamAsync(
        Guid organisationId, CreateTeamRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        Problems.CreatedOr(await CreateTeam.ApplyAsync(organisationId, request, db, user, clock, ct), t => $"/api/teams/{t.Id}");

    public static async Task<Results<Created<ServiceView>, ProblemHttpResult>> CreateServiceAsync(
        CreateServiceRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await CreateService.ApplyAsync(request, db, user, clock, ct), s => $"/api/services/{s.Id}");

    public static async Task<Results<Ok<ServiceView>, ProblemHttpResult>> ArchiveServiceAsync(
        Guid serviceId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await CreateService.ArchiveAsync(serviceId, db, user, clock, ct));
}
