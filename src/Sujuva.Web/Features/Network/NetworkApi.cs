using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Network;

/// <summary>The network's structure: every signed-in user reads it; administrators create it (renaming and archiving: AdminApi, with versions).</summary>
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
    }

    public static async Task<Results<Ok<List<OrganisationView>>, ProblemHttpResult>> ListOrganisationsAsync(
        SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await ReadNetwork.OrganisationsAsync(db, ct));

    public static async Task<Results<Ok<List<TeamView>>, ProblemHttpResult>> ListTeamsAsync(SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await ReadNetwork.TeamsAsync(db, ct));

    public static async Task<Results<Ok<List<ServiceView>>, ProblemHttpResult>> ListServicesAsync(
        bool? archived, SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await ReadNetwork.ServicesAsync(archived, db, ct));

    public static async Task<Results<Ok<ServiceView>, ProblemHttpResult>> GetServiceAsync(
        Guid serviceId, SujuvaDb db, CancellationToken ct) =>
        Problems.OkOr(await ReadNetwork.ServiceAsync(serviceId, db, ct));

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
}
