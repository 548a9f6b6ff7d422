using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Clients;

public sealed record RegisterClientRequest(
    [Text(TextLimits.PersonName)] string FirstName, [Text(TextLimits.PersonName)] string LastName, DateOnly? BirthDate = null,
    [Text(TextLimits.IdentityCode)] string? IdentityCode = null, [Text(TextLimits.PersonName)] string? Municipality = null,
    [Text(TextLimits.Phone)] string? Phone = null, [Text(TextLimits.Email)] string? Email = null,
    [Text(TextLimits.Word)] string? Language = null, Guid? ServiceId = null);

/// <summary>CaseId: the case opened with the registration, when the request named a service.</summary>
public sealed record ClientView(Guid Id, string Pseudonym, Guid? CaseId = null);

/// <summary>The identity code about to be registered.</summary>
public sealed record DuplicateCheckRequest([Text(TextLimits.IdentityCode)] string? IdentityCode);

/// <summary>ClientId, Pseudonym and Name only when the user may read the registered client (need-to-know).</summary>
public sealed record DuplicateCheckView(bool Registered, Guid? ClientId, string? Pseudonym, string? Name);

/// <summary>A name (or part of one) or an identity code.</summary>
public sealed record ClientSearchRequest([Text(TextLimits.PersonName)] string Query);

/// <summary>CaseId or ReferralId: what gave the reader access (need-to-know).</summary>
public sealed record ClientPersonalView(Guid Id, string Pseudonym, string FirstName, string LastName,
    DateOnly? BirthDate, string? IdentityCode, string? Municipality, string? Phone, string? Email,
    Guid? GrantedByCaseId, Guid? GrantedByReferralId, string? Language = null);

/// <summary>The only endpoints that take or return a client's personal data; every read is audited.</summary>
public static class ClientsApi
{
    public static void MapClientsApi(this IEndpointRouteBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");
        clients.MapPost("/", RegisterAsync);
        // POST, so that a name or an identity code never enters a URL (or the logs that record URLs).
        clients.MapPost("/search", SearchAsync);
        clients.MapPost("/duplicate-check", CheckDuplicateAsync);
        clients.MapGet("/{clientId}", GetAsync);
        api.MapGet("/services/{serviceId}/clients", ServiceClients.ListAsync).WithTags("Clients");
    }

    public static async Task<Results<Created<ClientView>, ProblemHttpResult>> RegisterAsync(
        RegisterClientRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await RegisterClient.ApplyAsync(request, db, user, clock, ct), c => $"/api/clients/{c.Id}");

    /// <summary>The clients the user may read whose name or identity code matches; each one returned is an audited read.</summary>
    public static async Task<Results<Ok<List<ClientHit>>, ProblemHttpResult>> SearchAsync(
        ClientSearchRequest request, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit,
        TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await FindClients.SearchAsync(request.Query, db, user, access, audit, clock, null, ct));

    /// <summary>Whether a code is registered before registering it; names the client only under need-to-know, audited.</summary>
    public static async Task<Results<Ok<DuplicateCheckView>, ProblemHttpResult>> CheckDuplicateAsync(
        DuplicateCheckRequest request, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit,
        TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await ClientDuplicates.CheckAsync(request.IdentityCode, db, user, access, audit, clock, ct));

    /// <summary>404 unless need-to-know grants access (PersonalDataAccess); the read is audited first.</summary>
    public static async Task<Results<Ok<ClientPersonalView>, ProblemHttpResult>> GetAsync(
        Guid clientId, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit, CancellationToken ct)
    {
        var id = new ClientId(clientId);
        if (await access.GrantAsync(db, user, id, ct) is not { } grant) return Problems.NotFound("clientId");
        var data = await ClientReads.PersonalDataAsync(db, [id], ct);
        if (data.Count == 0) return Problems.NotFound("clientId");
        await audit.RecordReadsAsync(user, [grant], ClientFields.All, ct, db: db);
        var (pseudonym, p) = data[0];
        return TypedResults.Ok(new ClientPersonalView(clientId, pseudonym, p.FirstName, p.LastName,
            p.BirthDate, p.IdentityCode, p.Municipality, p.Phone, p.Email, grant.CaseId?.Value, grant.ReferralId?.Value,
            p.Language));
    }
}
